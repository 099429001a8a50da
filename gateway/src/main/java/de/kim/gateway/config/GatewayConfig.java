package de.kim.gateway.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The routing table and the limits of the gateway. */
@ConfigMapping(prefix = "kim.gateway")
public interface GatewayConfig {

    /** Backend services by name, e.g. {@code case-service}. */
    Map<String, Service> services();

    /** Time to open a connection to a service: short, so a service that is down answers 503 quickly. */
    @WithDefault("2s")
    Duration connectTimeout();

    /**
     * How long an instance of a service that refused a connection is left out before the gateway tries it again
     * (while others are up; when none is, every instance is tried).
     */
    @WithDefault("5s")
    Duration instanceRest();

    /** Time a service may take to answer before the gateway gives up with 504. */
    @WithDefault("30s")
    Duration requestTimeout();

    /** Largest request body passed on (API payloads are small JSON documents). */
    @WithDefault("1M")
    io.quarkus.runtime.configuration.MemorySize maxBodySize();

    RateLimit rateLimit();

    Session session();

    /** Browser sessions (the login of the SPA). */
    interface Session {
        /** A session ends this long after the login at the latest (a working day). */
        @WithDefault("8h")
        Duration maxAge();

        /** And earlier when the browser has not used it for this long (a workstation left alone). */
        @WithDefault("30m")
        Duration idleTimeout();
    }

    /** Token bucket per client: a bearer token, else the caller's address. */
    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Requests per second a client may keep up. */
        @WithDefault("20")
        int perSecond();

        /** Requests a client may send at once after a quiet spell. */
        @WithDefault("100")
        int burst();
    }

    interface Service {
        /**
         * Base URLs of its instances, e.g. {@code http://localhost:8081,http://localhost:8091}, taken in turn. On
         * Kubernetes one URL, the Service's, which spreads the load itself.
         */
        List<String> urls();

        /** Path prefixes this service owns, e.g. {@code /api/cases}. */
        List<String> paths();

        /**
         * Where the service's management interface answers (its OpenAPI document, health, metrics), e.g.
         * {@code http://localhost:9081}; without it, the service's own URL.
         */
        Optional<String> managementUrl();
    }
}
