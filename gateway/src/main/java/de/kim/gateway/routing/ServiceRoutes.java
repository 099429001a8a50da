package de.kim.gateway.routing;

import java.net.URI;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;

import de.kim.gateway.config.GatewayConfig;

/** Registers a route per path prefix of each service, and a problem+json 404 for the rest of /api. */
@ApplicationScoped
public class ServiceRoutes {

    private final GatewayConfig config;
    private final GatewayProblems problems;

    ServiceRoutes(GatewayConfig config, GatewayProblems problems) {
        this.config = config;
        this.problems = problems;
    }

    void register(@Observes Router router, Vertx vertx) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(64));
        BodyHandler body = BodyHandler.create(false).setBodyLimit(config.maxBodySize().asLongValue());
        for (Map.Entry<String, GatewayConfig.Service> entry : config.services().entrySet()) {
            ServiceInstances instances = new ServiceInstances(
                    entry.getValue().urls().stream().map(URI::create).toList(), config.instanceRest().toMillis());
            ServiceProxy proxy = new ServiceProxy(entry.getKey(), instances, client,
                    config.requestTimeout().toMillis(), problems);
            for (String prefix : entry.getValue().paths()) {
                router.route(prefix + "/*").handler(body).handler(proxy::forward).failureHandler(problems::failed);
            }
        }
        router.route("/api/*").handler(problems::notFound);
    }
}
