package de.kim.gateway.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The browser app (module {@code spa}, served from its jar's {@code META-INF/resources}). Its screens have addresses
 * of their own ({@code /worklist}, {@code /cases/…}) that exist only in the browser: a reload or a bookmark of one gets
 * the app's page, which then shows the screen. Bundles carry a content hash in their names and are cached for good;
 * the page itself is always asked for again, so a new release is picked up at once.
 */
@ApplicationScoped
public class SinglePageApp {

    /** Paths that belong to the gateway or the services, and files; everything else is a screen of the app. */
    private static final String SCREEN = "^/(?!api(/|$)|api-docs(/|\\.|$)|auth/|q/|assets/)[^.]*$";

    void register(@Observes Router router) {
        router.get("/assets/*").order(-50).handler(this::immutable);
        router.getWithRegex(SCREEN).order(-50).handler(this::screen);
    }

    private void immutable(RoutingContext ctx) {
        // Only a bundle that is there: a 404 cached for a year would outlive the next release.
        ctx.addHeadersEndHandler(ignored -> {
            if (ctx.response().getStatusCode() == 200) {
                ctx.response().putHeader("Cache-Control", "public, max-age=31536000, immutable");
            }
        });
        ctx.next();
    }

    private void screen(RoutingContext ctx) {
        ctx.response().putHeader("Cache-Control", "no-cache");
        if ("/".equals(ctx.normalizedPath())) {
            ctx.next(); // the static handler serves index.html
        } else {
            ctx.reroute("/");
        }
    }
}
