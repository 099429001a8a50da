package de.kim.platform.events.kafka;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import de.kim.platform.events.EventsConfig;

/** The one place that knows how our Kafka clients are configured. */
@ApplicationScoped
public class KafkaClients {

    private final EventsConfig config;
    private volatile Producer<String, byte[]> producer;
    private volatile Admin admin;

    KafkaClients(EventsConfig config) {
        this.config = config;
    }

    /**
     * The shared producer: idempotent with acks=all, so a retried send neither duplicates nor reorders records of one
     * partition. Sends fail fast while the broker is away; the outbox keeps the rows.
     */
    public Producer<String, byte[]> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    Map<String, Object> props = common();
                    props.put(ProducerConfig.ACKS_CONFIG, "all");
                    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
                    props.put(ProducerConfig.LINGER_MS_CONFIG, 1);
                    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3_000);
                    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000);
                    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 8_000);
                    props.put(CommonClientConfigs.CLIENT_ID_CONFIG, clientId("producer"));
                    producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
                }
            }
        }
        return producer;
    }

    /**
     * A consumer for one consumer group; offsets are committed by hand after the database commit.
     */
    public KafkaConsumer<String, byte[]> consumer(String groupId) {
        Map<String, Object> props = common();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        // A crashed instance's partitions go to the others (or to it, restarted) after 10 s, not Kafka's 45 s:
        // that long the views of the cases on them would stand still.
        props.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
        props.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);
        // Topics come from TopicProvisioner with the contract's settings, never from a first reader.
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        props.put(CommonClientConfigs.CLIENT_ID_CONFIG, clientId(groupId));
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }

    public Admin admin() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    Map<String, Object> props = common();
                    props.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, 3_000);
                    props.put(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
                    props.put(CommonClientConfigs.CLIENT_ID_CONFIG, clientId("admin"));
                    admin = Admin.create(props);
                }
            }
        }
        return admin;
    }

    private Map<String, Object> common() {
        Map<String, Object> props = new HashMap<>();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        // Reconnect quickly after a broker restart, without a storm of attempts.
        props.put(CommonClientConfigs.RECONNECT_BACKOFF_MS_CONFIG, 100);
        props.put(CommonClientConfigs.RECONNECT_BACKOFF_MAX_MS_CONFIG, 2_000);
        config.clientPropertiesFile().ifPresent(file -> props.putAll(clientProperties(file)));
        return props;
    }

    /** TLS and SASL settings from the operator's file; they may not redirect the service to another cluster. */
    static Map<String, Object> clientProperties(Path file) {
        Properties loaded = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            loaded.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka client properties " + file + " cannot be read", e);
        }
        if (loaded.containsKey(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG)) {
            throw new IllegalStateException(
                    file + " names bootstrap.servers: set kim.events.bootstrap-servers instead");
        }
        Map<String, Object> props = new HashMap<>();
        loaded.forEach((key, value) -> props.put((String) key, value));
        return props;
    }

    /** e.g. kim-region-service-producer: one id per client, so broker metrics tell them apart. */
    private String clientId(String role) {
        return config.source().replace('/', '-').replaceFirst("^-", "") + "-" + role;
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
    }
}
