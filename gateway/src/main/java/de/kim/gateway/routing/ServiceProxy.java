package de.kim.gateway.routing;

import java.net.ConnectException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;

/**
 * Passes one request on to an instance of one service and its answer back. A request no instance took (connection
 * refused) goes to the next instance, and only then answers 503: it was not done. A request an instance broke off may
 * have been done: a read goes to the next instance, a change answers 502 so the caller reads back before it sends again.
 */
final class ServiceProxy {

    private static final Logger LOG = Logger.getLogger(ServiceProxy.class);
    /** Methods that change nothing, so sending them again to another instance is always safe. */
    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final String service;
    private final ServiceInstances instances;
    private final HttpClient client;
    private final long requestTimeoutMillis;
    private final GatewayProblems problems;

    ServiceProxy(String service, ServiceInstances instances, HttpClient client, long requestTimeoutMillis,
            GatewayProblems problems) {
        this.service = service;
        this.instances = instances;
        this.client = client;
        this.requestTimeoutMillis = requestTimeoutMillis;
        this.problems = problems;
    }

    void forward(RoutingContext ctx) {
        String requestId = ForwardedHeaders.requestId(ctx.request());
        ctx.response().putHeader(ForwardedHeaders.REQUEST_ID, requestId);
        Buffer body = ctx.body() == null || ctx.body().buffer() == null ? Buffer.buffer() : ctx.body().buffer();
        send(ctx, requestId, body, instances.forRequest(), 0);
    }

    private void send(RoutingContext ctx, String requestId, Buffer body, List<ServiceInstances.Instance> candidates,
            int attempt) {
        HttpServerRequest in = ctx.request();
        ServiceInstances.Instance instance = candidates.get(attempt);
        RequestOptions options = new RequestOptions()
                .setMethod(in.method())
                .setHost(instance.base.getHost())
                .setPort(instance.port())
                .setSsl(instance.secure())
                .setURI(in.uri())
                .setHeaders(ForwardedHeaders.toService(in, requestId))
                .setIdleTimeout(requestTimeoutMillis);
        client.request(options)
                .compose(request -> request.send(body))
                .compose(response -> response.body().map(content -> new Answer(response, content)))
                .onSuccess(answer -> {
                    ForwardedHeaders.copyResponseHeaders(answer.response().headers(), ctx.response().headers());
                    ctx.response().setStatusCode(answer.response().statusCode()).end(answer.content());
                })
                .onFailure(failure -> {
                    boolean notTaken = failure instanceof ConnectException;
                    if (notTaken) {
                        instance.rest();
                    }
                    boolean another = attempt + 1 < candidates.size();
                    if (another && (notTaken || READS.contains(in.method()) && !slow(failure))) {
                        send(ctx, requestId, body, candidates, attempt + 1);
                    } else {
                        fail(ctx, failure, notTaken);
                    }
                });
    }

    private void fail(RoutingContext ctx, Throwable failure, boolean notTaken) {
        // Only the kind of failure: paths may name a person's case, logs must not.
        LOG.warnf("%s failed a %s request: %s", service, ctx.request().method(), failure.getClass().getSimpleName());
        if (notTaken) {
            problems.serviceUnavailable(ctx, service);
        } else if (slow(failure)) {
            problems.serviceTimeout(ctx, service);
        } else if (READS.contains(ctx.request().method())) {
            problems.serviceUnavailable(ctx, service);
        } else {
            problems.serviceBrokeOff(ctx, service);
        }
    }

    /** Netty's connect timeout is a ConnectException (the service is down); any other timeout means it is slow. */
    private static boolean slow(Throwable failure) {
        return !(failure instanceof ConnectException) && (failure instanceof TimeoutException
                || failure.getClass().getSimpleName().contains("Timeout"));
    }

    private record Answer(HttpClientResponse response, Buffer content) {
    }
}
