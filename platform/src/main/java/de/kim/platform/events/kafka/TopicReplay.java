package de.kim.platform.events.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
     * Applies only the last record of each key, as compaction will leave it; for a projection whose every state
     * replaces the one before, which a compacted topic has to allow anyway. A first pass notes where each key was
     * last seen (keys and offsets only, nothing decoded), the second applies just those records: a case changed
     * twenty times is decoded and applied once instead of twenty times. Where the last record is poison ({@code apply}
     * throws {@link PoisonEventException}, or it cannot be decoded), all records of that key are applied in order, as
     * the live consumer did, so that the state before the poison counts.
     */
    public static Replayed replayLatest(KafkaClients kafka, Topic topic, String clientName,
            Consumer<CloudEvent> apply) {
        Map<TopicPartition, Map<String, Long>> lastOffsets = new HashMap<>();
        long read = read(kafka, topic, clientName, record -> lastOffsets
                .computeIfAbsent(new TopicPartition(record.topic(), record.partition()), p -> new HashMap<>())
                .put(String.valueOf(record.key()), record.offset()));
        Set<String> poisoned = new HashSet<>();
        read(kafka, topic, clientName, record -> {
            Long last = lastOffsets.getOrDefault(new TopicPartition(record.topic(), record.partition()), Map.of())
                    .get(String.valueOf(record.key()));
            // Records written after the first pass are not on its map: they belong to the live consumers.
            if (last != null && last == record.offset() && !applied(record, apply)) {
                poisoned.add(record.topic() + "/" + record.partition() + "/" + record.key());
            }
        });
        long[] skipped = new long[1];
        if (!poisoned.isEmpty()) {
            read(kafka, topic, clientName, record -> {
                Long last = lastOffsets.getOrDefault(new TopicPartition(record.topic(), record.partition()), Map.of())
                        .get(String.valueOf(record.key()));
                boolean ofPoisonedKey = poisoned
                        .contains(record.topic() + "/" + record.partition() + "/" + record.key());
                if (ofPoisonedKey && last != null && record.offset() <= last && !applied(record, apply)) {
                    skipped[0]++;
                }
            });
        }
        return new Replayed(read, skipped[0]);
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
