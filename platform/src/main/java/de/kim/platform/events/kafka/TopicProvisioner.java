package de.kim.platform.events.kafka;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

import de.kim.platform.events.contract.Topic;

/**
 * Creates the topics a service uses as the contract declares them (a consumer: the topic and its dead letters; a
 * producer: the topics it publishes to; the broker lets each do no more, see TopicAccess). Our clients never
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

    /** @throws Exception when the broker cannot be reached or refuses a topic; callers retry */
    public void ensure(Collection<Topic> topics) throws InterruptedException, ExecutionException, TimeoutException {
        Set<String> existing = clients.admin().listTopics().names().get(5, TimeUnit.SECONDS);
        List<NewTopic> missing = new ArrayList<>();
        for (Topic topic : topics) {
            if (!existing.contains(topic.topicName())) {
                missing.add(new NewTopic(topic.topicName(), topic.partitions(), (short) -1).configs(topic.settings()));
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
