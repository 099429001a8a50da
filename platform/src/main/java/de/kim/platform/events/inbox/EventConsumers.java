package de.kim.platform.events.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import de.kim.platform.events.EventsConfig;
import de.kim.platform.events.kafka.KafkaClients;

/**
 * Starts a {@link ConsumerLoop} thread for every {@link EventHandler} bean of the service.
 */
@ApplicationScoped
public class EventConsumers {

    private final Instance<EventHandler> handlers;
    private final KafkaClients kafka;
    private final ProcessedEvents processedEvents;
    private final DeadLetters deadLetters;
    private final EventsConfig config;
    private final MeterRegistry metrics;
    private final List<ConsumerLoop> loops = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    EventConsumers(Instance<EventHandler> handlers, KafkaClients kafka, ProcessedEvents processedEvents,
            DeadLetters deadLetters, EventsConfig config, MeterRegistry metrics) {
        this.handlers = handlers;
        this.kafka = kafka;
        this.processedEvents = processedEvents;
        this.deadLetters = deadLetters;
        this.config = config;
        this.metrics = metrics;
    }

    void start(@Observes StartupEvent startup) {
        for (EventHandler handler : handlers) {
            ConsumerLoop loop = new ConsumerLoop(handler, kafka, processedEvents, deadLetters, config.consumer(),
                    metrics);
            Thread thread = new Thread(loop, "consumer-" + handler.consumerName());
            thread.setDaemon(true);
            thread.start();
            loops.add(loop);
            threads.add(thread);
        }
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        loops.forEach(ConsumerLoop::stop);
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
    }
}
