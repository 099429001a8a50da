package de.kim.platform.events.kafka;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

import de.kim.platform.events.contract.Topic;

/**
 * Creates the topics a service uses (and their dead-letter topics) as the contract declares them, so a compacted topic
 * is never auto-created as a deleting one. Topics that exist are left alone: on a managed cluster (Strimzi KafkaTopic)
 * they are owned by the platform.
 */
@ApplicationScoped
public class TopicProvisioner {

    private final KafkaClients clients;

    TopicProvisioner(KafkaClients clients) {
        this.clients = clients;
    }

    /**
     * @throws Exception
     *             when the broker cannot be reached; callers retry
     */
    public void ensure(Collection<Topic> topics) throws InterruptedException, ExecutionException, TimeoutException {
        Set<String> existing = clients.admin().listTopics().names().get(5, TimeUnit.SECONDS);
        List<NewTopic> missing = new ArrayList<>();
        for (Topic topic : topics) {
            if (!existing.contains(topic.topicName())) {
                missing.add(new NewTopic(topic.topicName(), topic.partitions(), (short) -1).configs(Map.of(
                        TopicConfig.CLEANUP_POLICY_CONFIG,
                        topic.compacted() ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE)));
            }
            if (!existing.contains(topic.deadLetterTopicName())) {
                missing.add(new NewTopic(topic.deadLetterTopicName(), 1, (short) -1));
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        try {
            clients.admin().createTopics(missing).all().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            // Another instance created them at the same time: that is the state we want.
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }
}
