package de.kim.gateway.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import de.kim.gateway.config.GatewayConfig;
import de.kim.gateway.routing.GatewayProblems;

/**
 * A token bucket per client on the API routes, so one agency system (or one address without a token) cannot starve
 * the others: beyond its rate it gets 429 with Retry-After. The client is its bearer token (hashed: the gateway keeps no
 * tokens), else its address. Tokens are not verified here (the services do that), so inventing tokens must not lift
 * the limit: a token gets a bucket of its own only once a service has accepted it (answered other than 401); until
 * then its requests count as the address's anonymous ones. All token traffic of one address also shares a bucket of
 * {@value #ADDRESS_FACTOR} times the rate.
 */
@ApplicationScoped
public class RateLimiter {

    /** Buckets untouched this long are full again and can go. */
    private static final long IDLE_NANOS = TimeUnit.MINUTES.toNanos(5);
    /** Several clients may share an address (a NAT, an authority's network). */
    static final int ADDRESS_FACTOR = 5;

    private final GatewayConfig.RateLimit config;
    private final GatewayProblems problems;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    /** Hashes of tokens a service accepted, with when they were last used. */
    private final Map<String, Long> accepted = new ConcurrentHashMap<>();

    RateLimiter(GatewayConfig config, GatewayProblems problems) {
        this.config = config.rateLimit();
        this.problems = problems;
    }

    void register(@Observes Router router, Vertx vertx) {
        if (!config.enabled()) {
            return;
        }
        router.route("/api/*").order(-50).handler(this::limit);
        vertx.setPeriodic(TimeUnit.MINUTES.toMillis(1), id -> forgetIdle(System.nanoTime()));
    }

    private void limit(RoutingContext ctx) {
        long now = System.nanoTime();
        String address = ctx.request().remoteAddress() == null
                ? "unknown"
                : ctx.request().remoteAddress().hostAddress();
        String authorization = ctx.request().getHeader("Authorization");
        long waitSeconds;
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = Secrets.sha256(authorization.substring(7).strip());
            if (accepted.replace(token, now) != null) {
                waitSeconds = Math.max(take("token:" + token, 1, now),
                        take("tokens-from:" + address, ADDRESS_FACTOR, now));
            } else {
                waitSeconds = take("address:" + address, 1, now);
                ctx.addHeadersEndHandler(ignored -> rememberIfAccepted(ctx, token));
            }
        } else {
            waitSeconds = take("address:" + address, 1, now);
        }
        if (waitSeconds == 0) {
            ctx.next();
        } else {
            problems.tooManyRequests(ctx, waitSeconds);
        }
    }

    private long take(String key, int factor, long now) {
        int burst = config.burst() * factor;
        return buckets.computeIfAbsent(key, k -> new Bucket(burst, now)).take(config.perSecond() * factor, burst,
                now);
    }

    private void rememberIfAccepted(RoutingContext ctx, String token) {
        int status = ctx.response().getStatusCode();
        // 401: the service refused it; 429: it never got there; 5xx: nobody looked at it.
        if (status < 500 && status != 401 && status != 429) {
            accepted.put(token, System.nanoTime());
        }
    }

    private void forgetIdle(long now) {
        buckets.values().removeIf(bucket -> bucket.idleSince(now) > IDLE_NANOS);
        accepted.values().removeIf(lastUsed -> now - lastUsed > IDLE_NANOS);
    }

    /** Tokens refill continuously at the rate, up to the burst; each request takes one. */
    static final class Bucket {
        private double tokens;
        private long updated;

        Bucket(int burst, long now) {
            this.tokens = burst;
            this.updated = now;
        }

        /** @return 0 when the request may pass, else the whole seconds until a token is there */
        synchronized long take(int perSecond, int burst, long now) {
            tokens = Math.min(burst, tokens + (now - updated) / 1e9 * perSecond);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
        }

        synchronized long idleSince(long now) {
            return now - updated;
        }
    }
}
