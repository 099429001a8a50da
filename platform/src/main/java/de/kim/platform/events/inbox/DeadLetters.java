package de.kim.platform.events.inbox;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

import de.kim.platform.events.contract.Topic;
import de.kim.platform.events.kafka.KafkaClients;

/**
 * Moves an event that cannot be processed to its topic's dead-letter topic: key, value and headers unchanged, plus
 * where it came from and why it failed.
 */
@ApplicationScoped
public class DeadLetters {

    public static final String H_REASON = "kim_dlt_reason";
    public static final String H_CONSUMER = "kim_dlt_consumer";
    public static final String H_ORIGIN = "kim_dlt_origin";
    private static final int MAX_REASON_LENGTH = 1_000;

    private final KafkaClients kafka;

    DeadLetters(KafkaClients kafka) {
        this.kafka = kafka;
    }

    /**
     * Blocks until the broker has the record: the source offset is committed only after that.
     */
    void send(String consumer, ConsumerRecord<String, byte[]> failed, String reason) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topic.byName(failed.topic()).deadLetterTopicName(),
                failed.key(), failed.value());
        for (Header header : failed.headers()) {
            record.headers().add(header);
        }
        record.headers().add(H_REASON, utf8(truncate(reason)));
        record.headers().add(H_CONSUMER, utf8(consumer));
        record.headers().add(H_ORIGIN, utf8(failed.topic() + "/" + failed.partition() + "/" + failed.offset()));
        kafka.producer().send(record).get(10, TimeUnit.SECONDS);
    }

    private static String truncate(String reason) {
        String text = reason == null ? "unknown" : reason;
        return text.length() <= MAX_REASON_LENGTH ? text : text.substring(0, MAX_REASON_LENGTH);
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
