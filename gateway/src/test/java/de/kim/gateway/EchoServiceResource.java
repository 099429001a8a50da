package de.kim.gateway;

import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;

/**
 * Stands in for a backend service behind the gateway: answers every request with what arrived (method, URI, headers,
 * body, and which instance answered), so tests can see exactly what the gateway passed on. The case-service has three
 * instances: echo "a", a closed port (an instance that is down) and echo "b", which breaks the connection off on paths
 * ending in {@code /broken-off} (an instance killed while working). The region-service is pointed at a closed port to
 * see the gateway's answer for a service that is down.
 */
public class EchoServiceResource implements QuarkusTestResourceLifecycleManager {

    /** Requests each echo instance received, by instance, method and path ({@code "b POST /api/cases/x"}). */
    static final Map<String, Integer> RECEIVED = new ConcurrentHashMap<>();

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        try {
            String echo = "http://127.0.0.1:" + echo("a");
            String second = "http://127.0.0.1:" + echo("b");
            String closed = "http://127.0.0.1:" + closedPort();
            return Map.of(
                    "kim.gateway.services.case-service.urls", echo + "," + closed + "," + second,
                    "kim.gateway.services.offer-service.urls", echo,
                    "kim.gateway.services.region-service.urls", closed,
                    "kim.gateway.services.case-service.management-url", echo,
                    "kim.gateway.services.offer-service.management-url", echo,
                    "kim.gateway.services.region-service.management-url", closed);
        } catch (Exception e) {
            throw new IllegalStateException("echo service did not start", e);
        }
    }

    private int echo(String instance) throws Exception {
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            RECEIVED.merge(instance + " " + request.method() + " " + request.path(), 1, Integer::sum);
            if (instance.equals("b") && request.path().endsWith("/broken-off")) {
                request.connection().close();
                return;
            }
            JsonObject headers = new JsonObject();
            request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
            // A service refuses a token it did not issue, and marks its public directory cacheable.
            String authorization = request.getHeader("Authorization");
            int status = authorization != null && authorization.startsWith("Bearer invented.") ? 401 : 200;
            if (request.path().endsWith("/public")) {
                request.response().putHeader("Cache-Control", "public, max-age=300");
            }
            request.response().putHeader("Content-Type", "application/json").setStatusCode(status)
                    .end(new JsonObject().put("method", request.method().name()).put("uri", request.uri())
                            .put("headers", headers).put("body", body.toString()).put("instance", instance)
                            .encode());
        }));
        server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        return server.actualPort();
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
