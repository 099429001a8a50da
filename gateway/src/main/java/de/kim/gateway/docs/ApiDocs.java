package de.kim.gateway.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import de.kim.gateway.config.GatewayConfig;
import de.kim.gateway.routing.GatewayProblems;
import de.kim.gateway.security.SecurityHeaders;
import de.kim.gateway.session.BrowserSession;

/**
 * {@code /api-docs}: for admins, one page with Swagger UI over every service's OpenAPI document, each fetched live
 * from the service ({@code /api-docs/<service>.yaml}), so the list is never out of date. The page comes from the
 * browser app's build ({@code api-docs.html}); a browser without a session is sent to the login first.
 */
@ApplicationScoped
public class ApiDocs {

    static final String ADMIN = "admin";
    private static final String PAGE = "META-INF/resources/api-docs.html";

    private final GatewayConfig config;
    private final GatewayProblems problems;
    private final ObjectMapper json;
    private HttpClient client;
    private String page;

    ApiDocs(GatewayConfig config, GatewayProblems problems, ObjectMapper json) {
        this.config = config;
        this.problems = problems;
        this.json = json;
    }

    void register(@Observes Router router, Vertx vertx) {
        client = vertx.createHttpClient();
        page = readPage();
        router.get("/api-docs").handler(ctx -> forAdmins(ctx, this::index));
        // The page only through the check above, not as a plain static file.
        router.get("/api-docs.html").order(-60).handler(problems::notFound);
        router.get("/api-docs/index.json").handler(ctx -> forAdmins(ctx, this::documents));
        router.get("/api-docs/:document").handler(ctx -> forAdmins(ctx, this::document));
    }

    private static String readPage() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(PAGE)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Admins only: others get 403; a browser without a session is sent to the login, a script gets 401. */
    private void forAdmins(RoutingContext ctx, Consumer<RoutingContext> next) {
        BrowserSession.withIdentity(ctx, identity -> {
            if (identity == null) {
                String accept = ctx.request().getHeader("Accept");
                if (accept != null && accept.contains("text/html")) {
                    String target = URLEncoder.encode(ctx.request().uri(), StandardCharsets.UTF_8);
                    ctx.response().setStatusCode(302).putHeader("Location", "/auth/login?next=" + target).end();
                } else {
                    problems.unauthenticated(ctx, "The API documents are for admins; log in first.");
                }
            } else if (!identity.hasRole(ADMIN)) {
                problems.forbidden(ctx, "The API documents are for admins.");
            } else {
                next.accept(ctx);
            }
        });
    }

    private void index(RoutingContext ctx) {
        if (page == null) {
            problems.notFound(ctx); // a gateway built without the browser app
            return;
        }
        ctx.response().putHeader("Content-Type", "text/html; charset=utf-8").putHeader("Cache-Control", "no-cache")
                .putHeader("Content-Security-Policy", SecurityHeaders.POLICY_WITH_INLINE_STYLES).end(page);
    }

    /** The list Swagger UI offers in its selector: one document per service the gateway routes to. */
    private void documents(RoutingContext ctx) {
        List<Map<String, String>> documents = new TreeMap<>(config.services()).keySet().stream()
                .map(name -> Map.of("name", name, "url", "/api-docs/" + name + ".yaml")).toList();
        try {
            ctx.response().putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-store")
                    .end(json.writeValueAsString(documents));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }

    private void document(RoutingContext ctx) {
        String name = ctx.pathParam("document").replaceFirst("\\.yaml$", "");
        GatewayConfig.Service service = config.services().get(name);
        if (service == null) {
            problems.notFound(ctx);
            return;
        }
        URI base = URI.create(service.managementUrl().orElse(service.urls().get(0)));
        boolean tls = "https".equals(base.getScheme());
        client.request(new RequestOptions().setMethod(HttpMethod.GET).setHost(base.getHost())
                .setPort(base.getPort() > 0 ? base.getPort() : (tls ? 443 : 80)).setSsl(tls)
                .setURI("/q/openapi?format=yaml").setIdleTimeout(config.requestTimeout().toMillis()))
                .compose(request -> request.send())
                .onSuccess(response -> {
                    if (response.statusCode() != 200) {
                        problems.serviceUnavailable(ctx, name);
                        return;
                    }
                    response.body().onSuccess(yaml -> ctx.response()
                            .putHeader("Content-Type", "application/yaml; charset=utf-8").end(yaml))
                            .onFailure(failure -> problems.serviceUnavailable(ctx, name));
                })
                .onFailure(failure -> problems.serviceUnavailable(ctx, name));
    }
}
