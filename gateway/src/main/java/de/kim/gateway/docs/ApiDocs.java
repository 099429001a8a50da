package de.kim.gateway.docs;

import java.net.URI;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import de.kim.gateway.config.GatewayConfig;
import de.kim.gateway.routing.GatewayProblems;

/**
 * {@code /api-docs}: one page for admins listing every service's OpenAPI document, each fetched live from the service
 * ({@code /api-docs/<service>.yaml}), so the list is never out of date.
 */
@ApplicationScoped
public class ApiDocs {

    private final GatewayConfig config;
    private final GatewayProblems problems;
    private HttpClient client;

    ApiDocs(GatewayConfig config, GatewayProblems problems) {
        this.config = config;
        this.problems = problems;
    }

    void register(@Observes Router router, Vertx vertx) {
        client = vertx.createHttpClient();
        router.get("/api-docs").handler(this::index);
        router.get("/api-docs/:document").handler(this::document);
    }

    private void index(RoutingContext ctx) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>KIM Casework Suite – API documents</title></head>
                <body>
                <main>
                <h1>KIM Casework Suite – API documents</h1>
                <p>OpenAPI 3 documents of the services behind this gateway. Every operation needs a bearer
                token from the Keycloak realm <code>kim</code>.</p>
                <ul>
                """);
        for (Map.Entry<String, GatewayConfig.Service> service : new TreeMap<>(config.services()).entrySet()) {
            html.append("<li><a href=\"/api-docs/").append(service.getKey()).append(".yaml\">")
                    .append(service.getKey()).append("</a> – ")
                    .append(String.join(", ", service.getValue().paths().stream().map(p -> p + "/…").toList()))
                    .append("</li>\n");
        }
        html.append("</ul>\n</main>\n</body>\n</html>\n");
        ctx.response()
                .putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .putHeader("X-Content-Type-Options", "nosniff")
                .end(html.toString());
    }

    private void document(RoutingContext ctx) {
        String name = ctx.pathParam("document").replaceFirst("\\.yaml$", "");
        GatewayConfig.Service service = config.services().get(name);
        if (service == null) {
            problems.notFound(ctx);
            return;
        }
        URI base = URI.create(service.url());
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
