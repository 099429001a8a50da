package de.kim.platform.events.kafka;

import java.time.Duration;
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
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

import de.kim.platform.events.contract.Topic;

/**
 * Creates the topics (and their dead-letter topics) as the contract declares them. Our clients never
 * auto-create topics, so a compacted topic cannot come into being as a deleting one by whoever asks
 * first. Topics that exist are left alone: on a managed cluster (Strimzi KafkaTopic) the platform
 * owns them.
 */
@ApplicationScoped
public class TopicProvisioner {

    private static final Logger LOG = Logger.getLogger(TopicProvisioner.class);

    private final KafkaClients clients;

    TopicProvisioner(KafkaClients clients) {
        this.clients = clients;
    }

    /** @return whether all topics exist now; false (logged) when the broker cannot be asked yet */
    public boolean tryEnsure(Collection<Topic> topics) {
        try {
            ensure(topics);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.warnf("Kafka topics not provisioned yet: %s", e.getClass().getSimpleName());
            return false;
        }
    }

    /**
     * Compacted topics carry personal data until a tombstone replaces it (an anonymised case): compaction must then
     * happen within a week, not whenever the segment happens to fill, and the tombstone itself goes a day later.
     */
    static Map<String, String> configOf(Topic topic) {
        if (!topic.compacted()) {
            return Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
        }
        return Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                TopicConfig.MAX_COMPACTION_LAG_MS_CONFIG, Long.toString(Duration.ofDays(7).toMillis()),
                TopicConfig.DELETE_RETENTION_MS_CONFIG, Long.toString(Duration.ofDays(1).toMillis()));
    }

    /** @throws Exception when the broker cannot be reached or refuses a topic; callers retry */
    public void ensure(Collection<Topic> topics) throws InterruptedException, ExecutionException, TimeoutException {
        Set<String> existing = clients.admin().listTopics().names().get(5, TimeUnit.SECONDS);
        List<NewTopic> missing = new ArrayList<>();
        for (Topic topic : topics) {
            if (!existing.contains(topic.topicName())) {
                missing.add(new NewTopic(topic.topicName(), topic.partitions(), (short) -1).configs(configOf(topic)));
            }
            if (topic.consumed() && !existing.contains(topic.deadLetterTopicName())) {
                missing.add(new NewTopic(topic.deadLetterTopicName(), 1, (short) -1));
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        for (KafkaFuture<Void> created : clients.admin().createTopics(missing).values().values()) {
            try {
                created.get(10, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                // Another instance created it at the same time: that is the state we want.
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
    }
}
