package de.kim.platform.events.kafka;

import java.time.Duration;
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
                        decode(record, apply);
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
