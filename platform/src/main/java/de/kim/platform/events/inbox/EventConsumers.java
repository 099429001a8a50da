package de.kim.platform.events.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import de.kim.platform.events.EventsConfig;
import de.kim.platform.events.kafka.KafkaClients;
import de.kim.platform.events.kafka.TopicProvisioner;

/**
 * Starts a {@link ConsumerLoop} thread for every {@link EventHandler} bean of the service.
 */
@ApplicationScoped
public class EventConsumers {

    private static final Logger LOG = Logger.getLogger(EventConsumers.class);

    private final Instance<EventHandler> handlers;
    private final KafkaClients kafka;
    private final TopicProvisioner topics;
    private final ProcessedEvents processedEvents;
    private final DeadLetters deadLetters;
    private final EventsConfig config;
    private final MeterRegistry metrics;
    private final List<ConsumerLoop> loops = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    EventConsumers(Instance<EventHandler> handlers, KafkaClients kafka, TopicProvisioner topics,
            ProcessedEvents processedEvents,
            DeadLetters deadLetters, EventsConfig config, MeterRegistry metrics) {
        this.handlers = handlers;
        this.kafka = kafka;
        this.topics = topics;
        this.processedEvents = processedEvents;
        this.deadLetters = deadLetters;
        this.config = config;
        this.metrics = metrics;
    }

    void start(@Observes StartupEvent startup) {
        for (EventHandler handler : handlers) {
            ConsumerLoop loop = new ConsumerLoop(handler, kafka, topics, processedEvents, deadLetters,
                    config.consumer(), metrics);
            Thread thread = new Thread(loop, "consumer-" + handler.consumerName());
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) -> LOG.errorf("Consumer %s stopped: %s",
                    handler.consumerName(), e.getClass().getName()));
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
