package de.kim.gateway.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import de.kim.gateway.routing.GatewayProblems;
import de.kim.gateway.security.Secrets;

/**
 * The browser's side of the backend-for-frontend: after the OIDC login the browser holds only the session cookie; on
 * the way to a service the gateway adds the session's access token. Writes authenticated by the cookie must carry the
 * CSRF token the session endpoint handed out (double submit: a page of another site can neither read the cookie nor
 * set the header).
 */
@ApplicationScoped
public class BrowserSession {

    static final String CSRF_COOKIE = "kim_csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final GatewayProblems problems;
    private final ObjectMapper json;

    BrowserSession(GatewayProblems problems, ObjectMapper json) {
        this.problems = problems;
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route("/api/*").order(-40).handler(this::bridge);
        router.get("/auth/login").handler(this::afterLogin);
        router.get("/auth/session").handler(this::session);
    }

    /** Adds the session's access token to a request of a logged-in browser, after checking CSRF on writes. */
    private void bridge(RoutingContext ctx) {
        if (ctx.request().getHeader("Authorization") != null) {
            ctx.next(); // agency systems: the services check their tokens
            return;
        }
        withIdentity(ctx, identity -> bridge(ctx, identity));
    }

    private void bridge(RoutingContext ctx, SecurityIdentity identity) {
        if (identity == null) {
            ctx.next(); // anonymous callers: the services decide
            return;
        }
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token == null) {
            ctx.next();
            return;
        }
        if (!SAFE.contains(ctx.request().method()) && !csrfTokenMatches(ctx)) {
            problems.forbidden(ctx, "A change from the browser needs the " + CSRF_HEADER
                    + " header with the value of the " + CSRF_COOKIE + " cookie (GET /auth/session sets it).");
            return;
        }
        ctx.request().headers().set("Authorization", "Bearer " + token.getToken());
        ctx.next();
    }

    /** Where the login ends: back into the app, never to another site. */
    private void afterLogin(RoutingContext ctx) {
        ctx.response().setStatusCode(302).putHeader("Location", ReturnPath.of(ctx.request().getParam("next"))).end();
    }

    /** Who is logged in (no tokens), and the CSRF token for writes. */
    private void session(RoutingContext ctx) {
        withIdentity(ctx, identity -> session(ctx, identity));
    }

    private void session(RoutingContext ctx, SecurityIdentity identity) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("authenticated", identity != null);
        if (identity != null) {
            JsonWebToken idToken = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt : null;
            body.put("username", idToken == null
                    ? identity.getPrincipal().getName()
                    : idToken.<String>getClaim("preferred_username"));
            body.put("name", idToken == null ? null : idToken.<String>getClaim("name"));
            body.put("roles", identity.getRoles());
            // Where the person works, so the app can open the right view (the services check the same claims).
            for (String claim : new String[]{"subregion", "authority", "provider"}) {
                body.put(claim, idToken == null ? null : idToken.<String>getClaim(claim));
            }
            String csrf = ensureCsrfCookie(ctx);
            body.put("csrfToken", csrf);
        }
        try {
            ctx.response().putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-store")
                    .end(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }

    private static String ensureCsrfCookie(RoutingContext ctx) {
        Cookie existing = ctx.request().getCookie(CSRF_COOKIE);
        if (existing != null && existing.getValue().length() == 64) {
            return existing.getValue();
        }
        String value = Secrets.random();
        boolean tls = ctx.request().isSSL()
                || "https".equalsIgnoreCase(ctx.request().getHeader("X-Forwarded-Proto"));
        ctx.response().addCookie(Cookie.cookie(CSRF_COOKIE, value).setPath("/").setSameSite(CookieSameSite.STRICT)
                .setSecure(tls).setHttpOnly(false));
        return value;
    }

    static boolean csrfTokenMatches(RoutingContext ctx) {
        Cookie cookie = ctx.request().getCookie(CSRF_COOKIE);
        String header = ctx.request().getHeader(CSRF_HEADER);
        return cookie != null && header != null && MessageDigest.isEqual(
                cookie.getValue().getBytes(StandardCharsets.UTF_8), header.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Resolves the request's identity (from the session cookie; authentication may still be running) and goes on with
     * it, or with null for an anonymous caller or an ended session.
     */
    public static void withIdentity(RoutingContext ctx, Consumer<SecurityIdentity> next) {
        Uni<SecurityIdentity> deferred = ctx.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        if (deferred == null) {
            next.accept(null);
            return;
        }
        deferred.subscribe().with(identity -> next.accept(identity == null || identity.isAnonymous() ? null : identity),
                failure -> next.accept(null));
    }
}
