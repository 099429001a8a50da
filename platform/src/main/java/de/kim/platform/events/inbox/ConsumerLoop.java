package de.kim.platform.events.inbox;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

import de.kim.platform.events.EventsConfig;
import de.kim.platform.events.cloudevents.CloudEvent;
import de.kim.platform.events.cloudevents.KafkaBinding;
import de.kim.platform.events.kafka.KafkaClients;
import de.kim.platform.events.kafka.TopicProvisioner;

/**
 * One handler's poll loop. Per record: one transaction that marks the event processed and applies it; then the offset
 * is committed. A record that fails transiently is fetched again after a back-off (the partition waits, the others go
 * on); a poison record goes to the dead-letter topic.
 */
final class ConsumerLoop implements Runnable {

    private static final Logger LOG = Logger.getLogger(ConsumerLoop.class);

    private enum Outcome {
        APPLIED,
        DUPLICATE,
        SUPERSEDED,
        DEAD_LETTERED,
        RETRY
    }

    private final EventHandler handler;
    private final KafkaClients kafka;
    private final ProcessedEvents processedEvents;
    private final DeadLetters deadLetters;
    private final EventsConfig.Consumer config;
    private final MeterRegistry metrics;
    private final TopicProvisioner topics;
    private final Map<TopicPartition, Integer> attempts = new HashMap<>();
    private final Map<TopicPartition, Duration> backoffs = new HashMap<>();
    private final Map<TopicPartition, Long> pausedUntil = new HashMap<>();
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> consumer;

    ConsumerLoop(EventHandler handler, KafkaClients kafka, TopicProvisioner topics, ProcessedEvents processedEvents,
            DeadLetters deadLetters, EventsConfig.Consumer config, MeterRegistry metrics) {
        this.topics = topics;
        this.handler = handler;
        this.kafka = kafka;
        this.processedEvents = processedEvents;
        this.deadLetters = deadLetters;
        this.config = config;
        this.metrics = metrics;
    }

    @Override
    public void run() {
        while (running) {
            try (KafkaConsumer<String, byte[]> kafkaConsumer = kafka.consumer(handler.consumerName())) {
                consumer = kafkaConsumer;
                if (!topics.tryEnsure(List.of(handler.topic(), handler.topic().deadLetters()))) {
                    Thread.sleep(config.retryBackoffMax().toMillis());
                    continue;
                }
                kafkaConsumer.subscribe(List.of(handler.topic().topicName()));
                while (running) {
                    pollOnce(kafkaConsumer);
                }
            } catch (WakeupException e) {
                // stop() woke the consumer up
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // A failed commit (rebalance, broker away) or a broken client: start over with a new
                // consumer; what was not committed is delivered again and skipped as a duplicate.
                LOG.warnf("%s: consumer restarts after %s", handler.consumerName(), e.getClass().getSimpleName());
                pausedUntil.clear();
                sleepQuietly(config.retryBackoffMax());
            }
        }
    }

    void stop() {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    private void pollOnce(KafkaConsumer<String, byte[]> kafkaConsumer) {
        resumeDue(kafkaConsumer);
        ConsumerRecords<String, byte[]> records = kafkaConsumer.poll(config.pollTimeout());
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<String, byte[]>> batch = records.records(partition);
            Set<Long> superseded = handler.needsOnlyTheLatestStatePerKey() ? superseded(batch) : Set.of();
            for (ConsumerRecord<String, byte[]> record : batch) {
                Outcome outcome = superseded.contains(record.offset())
                        ? Outcome.SUPERSEDED
                        : process(partition, record);
                metrics.counter("kim.events.consumed", "consumer", handler.consumerName(), "outcome",
                        outcome.name().toLowerCase()).increment();
                if (outcome == Outcome.RETRY) {
                    holdBack(kafkaConsumer, partition, record.offset());
                    break;
                }
                done.put(partition, new OffsetAndMetadata(record.offset() + 1));
            }
        }
        if (!done.isEmpty()) {
            kafkaConsumer.commitSync(done);
        }
    }

    /**
     * Offsets of the records a later record of the same key and a higher version in the batch makes obsolete. Records
     * without a key or readable version are never skipped (a poison event still goes to the dead-letter topic).
     */
    static Set<Long> superseded(List<ConsumerRecord<String, byte[]>> batch) {
        Set<Long> superseded = new HashSet<>();
        Map<String, Long> newestLater = new HashMap<>();
        for (int i = batch.size() - 1; i >= 0; i--) {
            ConsumerRecord<String, byte[]> record = batch.get(i);
            OptionalLong version = KafkaBinding.aggregateVersionOf(record);
            if (record.key() == null || version.isEmpty()) {
                continue;
            }
            Long later = newestLater.get(record.key());
            if (later != null && later > version.getAsLong()) {
                superseded.add(record.offset());
            }
            newestLater.merge(record.key(), version.getAsLong(), Math::max);
        }
        return superseded;
    }

    /**
     * The failed record is fetched again once its partition's back-off has passed; meanwhile the
     * other partitions go on.
     */
    private void holdBack(KafkaConsumer<String, byte[]> kafkaConsumer, TopicPartition partition, long offset) {
        kafkaConsumer.seek(partition, offset);
        kafkaConsumer.pause(List.of(partition));
        Duration backoff = backoffs.merge(partition, config.retryBackoffMin(),
                (previous, min) -> min(previous.multipliedBy(2), config.retryBackoffMax()));
        pausedUntil.put(partition, System.nanoTime() + backoff.toNanos());
    }

    private void resumeDue(KafkaConsumer<String, byte[]> kafkaConsumer) {
        long now = System.nanoTime();
        List<TopicPartition> due = pausedUntil.entrySet().stream().filter(e -> e.getValue() <= now)
                .map(Map.Entry::getKey).toList();
        if (!due.isEmpty()) {
            due.forEach(pausedUntil::remove);
            kafkaConsumer.resume(due.stream().filter(kafkaConsumer.assignment()::contains).toList());
        }
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Outcome process(TopicPartition partition, ConsumerRecord<String, byte[]> record) {
        try {
            boolean applied = QuarkusTransaction.requiringNew().call(() -> apply(record));
            attempts.remove(partition);
            backoffs.remove(partition);
            return applied ? Outcome.APPLIED : Outcome.DUPLICATE;
        } catch (RuntimeException e) {
            PoisonEventException poison = poisonIn(e);
            if (poison != null) {
                return deadLetter(partition, record, poison.getMessage());
            }
            if (FailureClassifier.isTransient(e)) {
                LOG.warnf("%s: transient failure at %s offset %d (%s), will retry", handler.consumerName(), partition,
                        record.offset(), e.getClass().getSimpleName());
                return Outcome.RETRY;
            }
            int attempt = attempts.merge(partition, 1, Integer::sum);
            if (attempt < config.maxAttempts()) {
                LOG.warnf("%s: failure %d at %s offset %d (%s), will retry", handler.consumerName(), attempt, partition,
                        record.offset(), e.getClass().getSimpleName());
                return Outcome.RETRY;
            }
            return deadLetter(partition, record, "failed " + attempt + " times: " + describe(e));
        }
    }

    private boolean apply(ConsumerRecord<String, byte[]> record) {
        CloudEvent event = KafkaBinding.fromRecord(record);
        if (!processedEvents.markProcessed(handler.consumerName(), event.id())) {
            return false;
        }
        handler.handle(event);
        return true;
    }

    private Outcome deadLetter(TopicPartition partition, ConsumerRecord<String, byte[]> record, String reason) {
        try {
            deadLetters.send(handler.consumerName(), record, reason);
            attempts.remove(partition);
            LOG.warnf("%s: event at %s offset %d dead-lettered", handler.consumerName(), partition, record.offset());
            return Outcome.DEAD_LETTERED;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            // Not on the dead-letter topic yet: keep the offset so the event is not lost.
            return Outcome.RETRY;
        }
    }

    /** The transaction wrapper may wrap what the handler threw. */
    private static PoisonEventException poisonIn(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof PoisonEventException poison) {
                return poison;
            }
        }
        return null;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
