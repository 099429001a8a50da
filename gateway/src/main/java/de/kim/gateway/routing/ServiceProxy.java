package de.kim.gateway.routing;

import java.net.ConnectException;
import java.net.URI;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;

/** Passes one request on to one service and its answer back, or answers 503/504 for it. */
final class ServiceProxy {

    private static final Logger LOG = Logger.getLogger(ServiceProxy.class);

    private final String service;
    private final URI base;
    private final HttpClient client;
    private final long requestTimeoutMillis;
    private final GatewayProblems problems;

    ServiceProxy(String service, URI base, HttpClient client, long requestTimeoutMillis, GatewayProblems problems) {
        this.service = service;
        this.base = base;
        this.client = client;
        this.requestTimeoutMillis = requestTimeoutMillis;
        this.problems = problems;
    }

    void forward(RoutingContext ctx) {
        HttpServerRequest in = ctx.request();
        String requestId = ForwardedHeaders.requestId(in);
        ctx.response().putHeader(ForwardedHeaders.REQUEST_ID, requestId);
        RequestOptions options = new RequestOptions()
                .setMethod(in.method())
                .setHost(base.getHost())
                .setPort(base.getPort() > 0 ? base.getPort() : ("https".equals(base.getScheme()) ? 443 : 80))
                .setSsl("https".equals(base.getScheme()))
                .setURI(in.uri())
                .setHeaders(ForwardedHeaders.toService(in, requestId))
                .setIdleTimeout(requestTimeoutMillis);
        Buffer body = ctx.body() == null || ctx.body().buffer() == null ? Buffer.buffer() : ctx.body().buffer();
        client.request(options)
                .compose(request -> request.send(body))
                .compose(response -> response.body().map(content -> new Answer(response, content)))
                .onSuccess(answer -> {
                    ForwardedHeaders.copyResponseHeaders(answer.response().headers(), ctx.response().headers());
                    ctx.response().setStatusCode(answer.response().statusCode()).end(answer.content());
                })
                .onFailure(failure -> fail(ctx, failure));
    }

    private void fail(RoutingContext ctx, Throwable failure) {
        // Only the kind of failure: paths may name a person's case, logs must not.
        LOG.warnf("%s unreachable for a %s request: %s", service, ctx.request().method(),
                failure.getClass().getSimpleName());
        // Netty's connect timeout is a ConnectException: the service is down, not slow.
        boolean slow = !(failure instanceof ConnectException) && (failure instanceof TimeoutException
                || failure.getClass().getSimpleName().contains("Timeout"));
        if (slow) {
            problems.serviceTimeout(ctx, service);
        } else {
            problems.serviceUnavailable(ctx, service);
        }
    }

    private record Answer(HttpClientResponse response, Buffer content) {
    }
}
