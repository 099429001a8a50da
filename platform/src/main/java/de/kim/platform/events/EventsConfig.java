package de.kim.platform.events;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a service reaches Kafka and paces its outbox relay and consumers. */
@ConfigMapping(prefix = "kim.events")
public interface EventsConfig {

    /** Kafka bootstrap servers; no default, so production cannot silently talk to localhost. */
    String bootstrapServers();

    /**
     * A Kafka client properties file (e.g. {@code security.protocol=SSL}, trust and key stores, SASL) that every
     * producer, consumer and admin client of the service applies: how production talks to a TLS-secured broker without
     * secrets in the application's configuration.
     */
    Optional<Path> clientPropertiesFile();

    /** CloudEvents {@code source} of the events this service publishes. */
    @WithDefault("/kim/${quarkus.application.name}")
    String source();

    Relay relay();

    Consumer consumer();

    interface Relay {
        /** Off only in tests that drive the outbox by hand. */
        @WithDefault("true")
        boolean enabled();

        /** Rows published per transaction. */
        @WithDefault("500")
        int batchSize();

        /**
         * Fallback poll when no NOTIFY arrives (e.g. after a lost listener connection).
         */
        @WithDefault("1s")
        Duration pollInterval();

        /** How long one batch may wait for the broker's acknowledgements. */
        @WithDefault("10s")
        Duration sendTimeout();

        /** Pause after a failed batch, so a broker outage is not hammered. */
        @WithDefault("1s")
        Duration retryBackoff();
    }

    interface Consumer {
        @WithDefault("500ms")
        Duration pollTimeout();

        @WithDefault("200ms")
        Duration retryBackoffMin();

        @WithDefault("5s")
        Duration retryBackoffMax();

        /**
         * Attempts for a failure that is neither poison nor clearly transient before dead-lettering.
         */
        @WithDefault("3")
        int maxAttempts();
    }
}
