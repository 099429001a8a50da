package de.kim.gateway.routing;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.RoutingContext;

import de.kim.gateway.session.SessionStore;

/** The gateway's own errors, as RFC 9457 problem+json like every service's. */
@ApplicationScoped
public class GatewayProblems {

    private final ObjectMapper json;

    GatewayProblems(ObjectMapper json) {
        this.json = json;
    }

    public void serviceUnavailable(RoutingContext ctx, String service) {
        ctx.response().putHeader("Retry-After", "5");
        write(ctx, 503, "service-unavailable", "Service unavailable",
                "The " + service + " is not reachable at the moment; try again shortly.", service);
    }

    /**
     * The service broke off a change while working on it: it may or may not have been made, so it must not simply be
     * sent again (the caller reads the resource back, or sends it with its If-Match version, which refuses a repeat).
     */
    public void serviceBrokeOff(RoutingContext ctx, String service) {
        write(ctx, 502, "service-broke-off", "Service broke off",
                "The " + service + " stopped while working on this change; whether it was made is unknown. Read the"
                        + " resource again before you repeat the change.",
                service);
    }

    public void serviceTimeout(RoutingContext ctx, String service) {
        write(ctx, 504, "service-timeout", "Service timeout", "The " + service + " did not answer in time.", service);
    }

    public void tooManyRequests(RoutingContext ctx, long retryAfterSeconds) {
        ctx.response().putHeader("Retry-After", Long.toString(retryAfterSeconds));
        write(ctx, 429, "too-many-requests", "Too many requests",
                "This client sends more requests than the gateway allows; retry after " + retryAfterSeconds
                        + " s.",
                null);
    }

    public void forbidden(RoutingContext ctx, String detail) {
        write(ctx, 403, "forbidden", "Not permitted", detail, null);
    }

    public void unauthenticated(RoutingContext ctx, String detail) {
        write(ctx, 401, "unauthenticated", "Not logged in", detail, null);
    }

    public void methodNotAllowed(RoutingContext ctx, String allowed, String detail) {
        ctx.response().putHeader("Allow", allowed);
        write(ctx, 405, "method-not-allowed", "Method not allowed", detail, null);
    }

    public void notFound(RoutingContext ctx) {
        write(ctx, 404, "not-found", "Not found", "No service serves this path.", null);
    }

    /** Errors raised before a request reached a service (e.g. body too large). */
    public void failed(RoutingContext ctx) {
        if (ctx.failure() instanceof AuthenticationFailedException) {
            // A browser session that ended (logout, age) or never existed: log in again, no redirect for an API call.
            ctx.response().addCookie(SessionStore.endedCookie());
            write(ctx, 401, "unauthenticated", "Not logged in", "The session has ended; log in again.", null);
            return;
        }
        int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
        if (status == 413) {
            write(ctx, 413, "payload-too-large", "Payload too large", "The request body exceeds the limit.", null);
        } else if (status < 500) {
            write(ctx, status, "malformed-request", "Malformed request", "The request cannot be processed.", null);
        } else {
            write(ctx, 500, "internal", "Internal error", "Unexpected error in the gateway.", null);
        }
    }

    private void write(RoutingContext ctx, int status, String kind, String title, String detail, String service) {
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:kim:problem:" + kind);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", ctx.request().path());
        if (service != null) {
            body.put("service", service);
        }
        try {
            ctx.response().setStatusCode(status).putHeader("Content-Type", "application/problem+json")
                    .end(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            ctx.response().setStatusCode(status).end();
        }
    }
}
