package de.kim.platform.events.inbox;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

/**
 * One handler's poll loop. Per record: one transaction that marks the event processed and applies it; then the offset
 * is committed. A record that fails transiently is fetched again after a back-off (the partition waits, the others go
 * on); a poison record goes to the dead-letter topic.
 */
final class ConsumerLoop implements Runnable {

    private static final Logger LOG = Logger.getLogger(ConsumerLoop.class);

    private enum Outcome {
        APPLIED, DUPLICATE, DEAD_LETTERED, RETRY
    }

    private final EventHandler handler;
    private final KafkaClients kafka;
    private final ProcessedEvents processedEvents;
    private final DeadLetters deadLetters;
    private final EventsConfig.Consumer config;
    private final MeterRegistry metrics;
    private final Map<TopicPartition, Integer> attempts = new HashMap<>();
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Duration backoff;

    ConsumerLoop(EventHandler handler, KafkaClients kafka, ProcessedEvents processedEvents, DeadLetters deadLetters,
            EventsConfig.Consumer config, MeterRegistry metrics) {
        this.handler = handler;
        this.kafka = kafka;
        this.processedEvents = processedEvents;
        this.deadLetters = deadLetters;
        this.config = config;
        this.metrics = metrics;
        this.backoff = config.retryBackoffMin();
    }

    @Override
    public void run() {
        try (KafkaConsumer<String, byte[]> kafkaConsumer = kafka.consumer(handler.consumerName())) {
            consumer = kafkaConsumer;
            kafkaConsumer.subscribe(List.of(handler.topic().topicName()));
            while (running) {
                pollOnce(kafkaConsumer);
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void stop() {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    private void pollOnce(KafkaConsumer<String, byte[]> kafkaConsumer) throws InterruptedException {
        ConsumerRecords<String, byte[]> records = kafkaConsumer.poll(config.pollTimeout());
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        boolean retry = false;
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                Outcome outcome = process(partition, record);
                metrics.counter("kim.events.consumed", "consumer", handler.consumerName(), "outcome",
                        outcome.name().toLowerCase()).increment();
                if (outcome == Outcome.RETRY) {
                    kafkaConsumer.seek(partition, record.offset());
                    retry = true;
                    break;
                }
                done.put(partition, new OffsetAndMetadata(record.offset() + 1));
            }
        }
        if (!done.isEmpty()) {
            kafkaConsumer.commitSync(done);
        }
        if (retry) {
            Thread.sleep(backoff.toMillis());
            backoff = min(backoff.multipliedBy(2), config.retryBackoffMax());
        } else if (!records.isEmpty()) {
            backoff = config.retryBackoffMin();
        }
    }

    private Outcome process(TopicPartition partition, ConsumerRecord<String, byte[]> record) {
        try {
            boolean applied = QuarkusTransaction.requiringNew().call(() -> apply(record));
            attempts.remove(partition);
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
