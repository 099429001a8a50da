package de.kim.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Strict security headers on every answer of the gateway, the suite's only public entry. A route may set a stricter
 * policy of its own (the API document index does); these are the defaults. HSTS only over TLS: sent over plain HTTP
 * it would be ignored, and behind a TLS-terminating proxy the proxy says so with X-Forwarded-Proto. API answers are not
 * stored unless the service says otherwise.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** Scripts, styles and everything else from the gateway's own origin only: no inline scripts, no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * For third-party pages that set style attributes from markup (Swagger UI on the admins' API document page):
     * inline styles allowed, scripts still from our origin only.
     */
    public static final String POLICY_WITH_INLINE_STYLES = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
            "style-src 'self' 'unsafe-inline'");

    void register(@Observes Router router) {
        router.route().order(-100).handler(this::secure);
    }

    private void secure(RoutingContext ctx) {
        boolean tls = ctx.request().isSSL() || "https".equalsIgnoreCase(ctx.request().getHeader("X-Forwarded-Proto"));
        boolean api = ctx.request().path().startsWith("/api/");
        ctx.addHeadersEndHandler(ignored -> {
            MultiMap headers = ctx.response().headers();
            setIfAbsent(headers, "Content-Security-Policy", CONTENT_SECURITY_POLICY);
            setIfAbsent(headers, "X-Content-Type-Options", "nosniff");
            setIfAbsent(headers, "X-Frame-Options", "DENY");
            setIfAbsent(headers, "Referrer-Policy", "no-referrer");
            setIfAbsent(headers, "Permissions-Policy", "camera=(), microphone=(), geolocation=()");
            setIfAbsent(headers, "Cross-Origin-Opener-Policy", "same-origin");
            if (tls) {
                setIfAbsent(headers, "Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            }
            if (api) {
                // Names, health notes, consents: never in a shared PC's disk cache or a proxy. A service marks what
                // anyone may cache (the public directory) with a Cache-Control of its own.
                setIfAbsent(headers, "Cache-Control", "no-store");
            }
        });
        ctx.next();
    }

    private static void setIfAbsent(MultiMap headers, String name, String value) {
        if (!headers.contains(name)) {
            headers.set(name, value);
        }
    }
}
