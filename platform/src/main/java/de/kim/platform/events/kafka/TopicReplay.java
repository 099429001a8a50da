package de.kim.platform.events.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import de.kim.platform.events.cloudevents.CloudEvent;
import de.kim.platform.events.cloudevents.KafkaBinding;
import de.kim.platform.events.contract.Topic;
import de.kim.platform.events.inbox.PoisonEventException;

/**
 * Reads a topic from its first offset up to its end as it is when the replay starts, for rebuilding what was built
 * from it. Partitions are assigned, not subscribed: no consumer group, no committed offsets, nothing else disturbed.
 */
public final class TopicReplay {

    private static final Logger LOG = Logger.getLogger(TopicReplay.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private TopicReplay() {
    }

    /** @return the number of records read, undecodable ones included (they are skipped: live consumers dead-letter them) */
    public static long replay(KafkaClients kafka, Topic topic, String clientName, Consumer<CloudEvent> apply) {
        return read(kafka, topic, clientName, record -> decode(record, apply));
    }

    /**
     * What {@link #replayLatest} did.
     *
     * @param read
     *            records read in the first pass
     * @param skipped
     *            records that could not be applied (undecodable, or refused by the projection as poison)
     */
    public record Replayed(long read, long skipped) {
    }

    /**
     * Applies only the newest state of each key, as compaction will leave it; for a projection whose every state
     * replaces the one before, which a compacted topic has to allow anyway. A first pass notes, per key, the offset of
     * the record with the highest aggregate version (headers only, nothing decoded): a redelivered older state further
     * down the topic does not win, just as the live consumer's version check ignores it. The second pass applies just
     * those records: a case changed twenty times is decoded and applied once instead of twenty times. Where that
     * record is poison ({@code apply} throws {@link PoisonEventException}), all records of its key are applied in
     * order, as the live consumer did, so that the state before the poison counts. A record without a readable
     * version cannot be decoded at all and is only counted as skipped.
     */
    public static Replayed replayLatest(KafkaClients kafka, Topic topic, String clientName,
            Consumer<CloudEvent> apply) {
        Map<String, Newest> newest = new HashMap<>();
        long[] skipped = new long[1];
        long read = read(kafka, topic, clientName, record -> {
            OptionalLong version = KafkaBinding.aggregateVersionOf(record);
            if (version.isEmpty()) {
                skipped[0]++;
                return;
            }
            newest.merge(keyOf(record), new Newest(record.offset(), version.getAsLong()),
                    (seen, next) -> next.version() >= seen.version() ? next : seen);
        });
        Set<String> poisoned = new HashSet<>();
        read(kafka, topic, clientName, record -> {
            Newest chosen = newest.get(keyOf(record));
            // Records written after the first pass are not on its map: they belong to the live consumers.
            if (chosen != null && chosen.offset() == record.offset() && !applied(record, apply)) {
                poisoned.add(keyOf(record));
            }
        });
        if (!poisoned.isEmpty()) {
            read(kafka, topic, clientName, record -> {
                Newest chosen = newest.get(keyOf(record));
                if (poisoned.contains(keyOf(record)) && record.offset() <= chosen.offset()
                        && KafkaBinding.aggregateVersionOf(record).isPresent() && !applied(record, apply)) {
                    skipped[0]++;
                }
            });
        }
        return new Replayed(read, skipped[0]);
    }

    /** Where the highest version of a key was seen. */
    private record Newest(long offset, long version) {
    }

    private static String keyOf(ConsumerRecord<String, byte[]> record) {
        return record.partition() + "/" + record.key();
    }

    private static boolean applied(ConsumerRecord<String, byte[]> record, Consumer<CloudEvent> apply) {
        try {
            apply.accept(KafkaBinding.fromRecord(record));
            return true;
        } catch (PoisonEventException e) {
            return false;
        }
    }

    private static long read(KafkaClients kafka, Topic topic, String clientName,
            Consumer<ConsumerRecord<String, byte[]>> handle) {
        long read = 0;
        try (KafkaConsumer<String, byte[]> consumer = kafka.consumer(clientName)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.topicName(), TIMEOUT).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Set<TopicPartition> open = new HashSet<>();
            partitions.stream().filter(p -> consumer.position(p) < end.get(p)).forEach(open::add);
            while (!open.isEmpty()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < end.get(partition)) {
                        read++;
                        handle.accept(record);
                    }
                }
                open.removeIf(p -> consumer.position(p) >= end.get(p));
            }
        }
        return read;
    }

    private static void decode(ConsumerRecord<String, byte[]> record, Consumer<CloudEvent> apply) {
        CloudEvent event;
        try {
            event = KafkaBinding.fromRecord(record);
        } catch (PoisonEventException e) {
            LOG.warnf("Replay of %s skips the undecodable record at partition %d offset %d", record.topic(),
                    record.partition(), record.offset());
            return;
        }
        apply.accept(event);
    }
}
