package de.kim.platform.events.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.RetriableException;
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
    private final Counter parked;
    /** Topics known to exist; those named at run time (the authority views) are created on first use. */
    private final Set<String> provisioned = ConcurrentHashMap.newKeySet();
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
        this.parked = metrics.counter("kim.outbox.parked");
    }

    void start(@Observes StartupEvent startup) {
        if (!config.enabled()) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((t, e) -> LOG.errorf("Outbox relay stopped: %s", e.getClass().getName()));
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
        try (OutboxWakeups wakeups = new OutboxWakeups(dataSource)) {
            while (running) {
                try {
                    if (publishBatch() == 0) {
                        wakeups.await(config.pollInterval());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Exception e) {
                    // Broker or database away: the rows stay in the outbox and are retried.
                    failedBatches.increment();
                    LOG.warnf("Outbox relay paused: %s", rootCause(e));
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
     * @return how many events left the queue (published, or parked as refused for good)
     * @throws Exception
     *             when the broker (or database) is away; nothing acknowledged is lost
     */
    public int publishBatch() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<PendingEvent> batch = store.claim(connection, config.batchSize());
                provision(batch);
                Delivery delivery = batch.isEmpty() ? new Delivery(0, null) : send(batch);
                List<PendingEvent> acknowledged = batch.subList(0, delivery.acknowledged());
                if (!acknowledged.isEmpty()) {
                    store.delete(connection, acknowledged);
                }
                boolean refused = delivery.failure() != null && !isRetriable(delivery.failure());
                if (refused) {
                    PendingEvent refusedEvent = batch.get(delivery.acknowledged());
                    store.park(connection, refusedEvent, rootCause(delivery.failure()));
                    parked.increment();
                    LOG.errorf("Outbox event %s parked: the broker refuses it (%s)", refusedEvent.event().id(),
                            delivery.failure().getClass().getSimpleName());
                }
                connection.commit();
                published.increment(acknowledged.size());
                if (delivery.failure() != null && isRetriable(delivery.failure())) {
                    throw delivery.failure();
                }
                return acknowledged.size() + (refused ? 1 : 0);
            } catch (Exception e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private void provision(List<PendingEvent> batch) throws Exception {
        Set<Topic> missing = new HashSet<>();
        for (PendingEvent pending : batch) {
            if (!provisioned.contains(pending.topic())) {
                missing.add(Topic.byName(pending.topic()));
            }
        }
        if (!missing.isEmpty()) {
            topics.ensure(missing);
            missing.forEach(topic -> provisioned.add(topic.topicName()));
        }
    }

    private static ProducerRecord<String, byte[]> record(Producer<String, byte[]> producer, PendingEvent pending) {
        if (pending.partKey() == null) {
            return KafkaBinding.toRecord(pending.topic(), pending.event());
        }
        // The broker's count, not the contract's: an operator may have added partitions (the producer caches it).
        int partitions = producer.partitionsFor(pending.topic()).size();
        return KafkaBinding.toPartRecord(pending.topic(), partitions, pending.event(), pending.partKey());
    }

    /** How many events, from the first, the broker acknowledged, and why the next one failed. */
    private record Delivery(int acknowledged, Exception failure) {
    }

    /**
     * Sends the first event alone, so a broker that is away costs one timeout, not one per event; then the rest
     * together. Acknowledgements are read in order: everything before the first failure is safely on the broker.
     */
    private Delivery send(List<PendingEvent> batch) {
        Producer<String, byte[]> producer = kafka.producer();
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        try {
            acks.add(producer.send(record(producer, batch.get(0))));
            acks.get(0).get(config.sendTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (Exception e) {
            return new Delivery(0, unwrap(e));
        }
        try {
            for (PendingEvent pending : batch.subList(1, batch.size())) {
                acks.add(producer.send(record(producer, pending)));
            }
            producer.flush();
        } catch (Exception e) {
            // The first is acknowledged; the rest were not (all) handed over: retry them.
            return new Delivery(1, new RetriableSendException(e));
        }
        for (int i = 1; i < acks.size(); i++) {
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                return new Delivery(i, unwrap(e));
            }
        }
        return new Delivery(acks.size(), null);
    }

    /** Handing records to the producer failed (interrupted, closing): not the broker's verdict on them. */
    private static final class RetriableSendException extends RetriableException {
        RetriableSendException(Throwable cause) {
            super(cause);
        }
    }

    /** Broker away, leader moving, timeouts: worth retrying. Too large, not authorised: never. */
    private static boolean isRetriable(Exception failure) {
        return failure instanceof RetriableException || failure instanceof TimeoutException
                || failure instanceof InterruptedException || failure instanceof InterruptException
                || failure instanceof IllegalStateException;
    }

    private static Exception unwrap(Exception e) {
        return e instanceof ExecutionException && e.getCause() instanceof Exception cause ? cause : e;
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getName() + ": " + root.getMessage();
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
