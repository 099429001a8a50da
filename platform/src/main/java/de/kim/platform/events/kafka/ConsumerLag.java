package de.kim.platform.events.kafka;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import de.kim.platform.events.contract.Topic;

/** How many records of a topic a consumer group has not processed yet, summed over its partitions. */
@ApplicationScoped
public class ConsumerLag {

    private static final Logger LOG = Logger.getLogger(ConsumerLag.class);

    private final KafkaClients clients;

    ConsumerLag(KafkaClients clients) {
        this.clients = clients;
    }

    /** @return the lag, or null when the broker cannot be asked right now */
    public Long of(String groupId, Topic topic) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = clients.admin().listConsumerGroupOffsets(groupId)
                    .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
            var partitions = clients.admin().describeTopics(List.of(topic.topicName())).allTopicNames()
                    .get(5, TimeUnit.SECONDS).get(topic.topicName()).partitions().stream()
                    .map(p -> new TopicPartition(topic.topicName(), p.partition()))
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResultInfo> ends = clients.admin().listOffsets(partitions).all().get(5,
                    TimeUnit.SECONDS);
            long lag = 0;
            for (Map.Entry<TopicPartition, ListOffsetsResultInfo> end : ends.entrySet()) {
                OffsetAndMetadata done = committed.get(end.getKey());
                lag += end.getValue().offset() - (done == null ? 0 : done.offset());
            }
            return lag;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.warnf("Consumer lag of %s unknown: %s", groupId, e.getClass().getSimpleName());
            return null;
        }
    }
}
