package de.kim.platform.events.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import de.kim.platform.events.EventsConfig;
import de.kim.platform.events.cloudevents.KafkaBinding;
import de.kim.platform.events.contract.Topic;
import de.kim.platform.events.kafka.KafkaClients;
import de.kim.platform.events.kafka.TopicProvisioner;
import de.kim.platform.events.outbox.OutboxStore.PendingEvent;

/**
 * Publishes the outbox to Kafka. A row is deleted only in the transaction that saw the broker acknowledge it, so a
 * crash anywhere re-publishes rather than loses (consumers are idempotent). Woken by NOTIFY from the outbox trigger;
 * polls as a fallback.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final DataSource dataSource;
    private final KafkaClients kafka;
    private final TopicProvisioner topics;
    private final EventsConfig.Relay config;
    private final OutboxStore store;
    private final Counter published;
    private final Counter failedBatches;
    private volatile boolean running;
    private Thread thread;

    OutboxRelay(DataSource dataSource, KafkaClients kafka, TopicProvisioner topics, EventsConfig config,
            MeterRegistry metrics) {
        this.dataSource = dataSource;
        this.kafka = kafka;
        this.topics = topics;
        this.config = config.relay();
        this.store = new OutboxStore(config.source());
        this.published = metrics.counter("kim.outbox.published");
        this.failedBatches = metrics.counter("kim.outbox.failed.batches");
    }

    void start(@Observes StartupEvent startup) {
        if (!config.enabled()) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    private void run() {
        boolean topicsReady = false;
        try (OutboxWakeups wakeups = new OutboxWakeups(dataSource)) {
            while (running) {
                try {
                    if (!topicsReady) {
                        topics.ensure(EnumSet.allOf(Topic.class));
                        topicsReady = true;
                    }
                    if (publishBatch() == 0) {
                        wakeups.await(config.pollInterval());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Exception e) {
                    // Broker or database away: the rows stay in the outbox and are retried.
                    failedBatches.increment();
                    LOG.warnf("Outbox relay paused: %s", e.getClass().getSimpleName());
                    LOG.debug("Outbox relay failure", e);
                    sleep();
                }
            }
        }
    }

    /**
     * One relay pass over at most one batch. Public so that tests can run several passes at once, as several instances
     * of a service would.
     *
     * @return how many events were published
     */
    public int publishBatch() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<PendingEvent> batch = store.claim(connection, config.batchSize());
                if (batch.isEmpty()) {
                    connection.commit();
                    return 0;
                }
                send(batch);
                store.delete(connection, batch);
                connection.commit();
                published.increment(batch.size());
                return batch.size();
            } catch (Exception e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private void send(List<PendingEvent> batch) throws Exception {
        Producer<String, byte[]> producer = kafka.producer();
        List<Future<RecordMetadata>> acks = batch.stream()
                .map(pending -> producer.send(KafkaBinding.toRecord(pending.topic(), pending.event()))).toList();
        producer.flush();
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        for (Future<RecordMetadata> ack : acks) {
            ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
    }

    /** Rows not yet acknowledged by the broker. */
    public long backlog() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return store.backlog(connection);
        }
    }

    private void sleep() {
        try {
            Thread.sleep(config.retryBackoff().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
