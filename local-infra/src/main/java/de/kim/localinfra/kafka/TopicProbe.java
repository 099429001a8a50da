package de.kim.localinfra.kafka;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A test's own Kafka client: reads a topic from the beginning, or sends raw records to it, as the principal whose
 * client properties file it is given (usually the operators' super user, {@link KafkaBroker#probe()}).
 */
public final class TopicProbe {

    private final Map<String, Object> settings;

    public TopicProbe(String bootstrapServers, Path clientProperties) {
        Map<String, Object> loaded = ClientCredentials.load(clientProperties);
        loaded.put("bootstrap.servers", bootstrapServers);
        this.settings = Map.copyOf(loaded);
    }

    private Map<String, Object> with(Object... pairs) {
        Map<String, Object> merged = new HashMap<>(settings);
        for (int i = 0; i < pairs.length; i += 2) {
            merged.put((String) pairs[i], pairs[i + 1]);
        }
        return merged;
    }

    /**
     * Polls the topic from offset 0 until a record matches or the timeout passes.
     */
    public ConsumerRecord<String, byte[]> awaitRecord(String topic, Predicate<ConsumerRecord<String, byte[]>> matcher,
            Duration timeout) {
        List<ConsumerRecord<String, byte[]>> found = readUntil(topic, matcher, timeout);
        return found.stream().filter(matcher).findFirst().orElseThrow(() -> new AssertionError(
                "no matching record on " + topic + " within " + timeout + "; saw " + found.size() + " records"));
    }

    /**
     * Every record on the topic that arrived within the timeout, stopping early when one matches.
     */
    public List<ConsumerRecord<String, byte[]>> readUntil(String topic,
            Predicate<ConsumerRecord<String, byte[]>> stopWhen, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                with(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    records.add(record);
                    if (stopWhen.test(record)) {
                        return records;
                    }
                }
            }
        }
        return records;
    }

    /** Every record on the topic right now, from offset 0 to the end of each partition. */
    public List<ConsumerRecord<String, byte[]>> readAll(String topic, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                with(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic + " to its end within " + timeout);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /** Every topic the principal may see, the broker's own ({@code __consumer_offsets}, …) left out. */
    public SortedSet<String> topics() {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(with(), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            return consumer.listTopics(Duration.ofSeconds(10)).keySet().stream()
                    .filter(name -> !name.startsWith("__")).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    public void send(ProducerRecord<String, byte[]> record) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(with("acks", "all"), new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send test record", e);
        }
    }

    /** Sends the records in order through one producer and waits until the broker has all of them. */
    public void sendAll(List<ProducerRecord<String, byte[]>> records) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                with("acks", "all", "enable.idempotence", "true"),
                new StringSerializer(), new ByteArraySerializer())) {
            List<Future<?>> sent = new ArrayList<>();
            records.forEach(record -> sent.add(producer.send(record)));
            for (Future<?> future : sent) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not send test records", e);
        }
    }

    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static String value(ConsumerRecord<String, byte[]> record) {
        return record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
    }
}
