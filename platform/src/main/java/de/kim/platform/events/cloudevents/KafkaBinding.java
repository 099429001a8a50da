package de.kim.platform.events.cloudevents;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.OptionalLong;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.utils.Utils;

import de.kim.platform.events.inbox.PoisonEventException;

/**
 * The CloudEvents Kafka protocol binding in binary content mode: attributes travel as {@code ce_*} headers, the data is
 * the record value and the record key is the subject (the aggregate id). A part of an aggregate sent as a record of its
 * own (a note of a case) is keyed by the part and sent to its aggregate's partition ({@link #toPartRecord}).
 */
public final class KafkaBinding {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    static final String H_SPECVERSION = "ce_specversion";
    static final String H_ID = "ce_id";
    static final String H_SOURCE = "ce_source";
    static final String H_TYPE = "ce_type";
    static final String H_SUBJECT = "ce_subject";
    static final String H_TIME = "ce_time";
    /** Extension attribute: the version of the aggregate after the change. */
    static final String H_AGGREGATE_VERSION = "ce_aggregateversion";
    static final String H_CONTENT_TYPE = "content-type";

    private KafkaBinding() {
    }

    public static ProducerRecord<String, byte[]> toRecord(String topic, CloudEvent event) {
        return withHeaders(new ProducerRecord<>(topic, event.subject(), event.data()), event);
    }

    /**
     * A part of an aggregate, keyed by the part, on the partition Kafka's default partitioner gives the aggregate id
     * (murmur2 of the key), so it stays in order with every other record of the aggregate.
     *
     * @param partitions
     *            the topic's number of partitions
     */
    public static ProducerRecord<String, byte[]> toPartRecord(String topic, int partitions, CloudEvent event,
            String partKey) {
        int partition = Utils.toPositive(Utils.murmur2(event.subject().getBytes(StandardCharsets.UTF_8))) % partitions;
        return withHeaders(new ProducerRecord<>(topic, partition, partKey, event.data()), event);
    }

    private static ProducerRecord<String, byte[]> withHeaders(ProducerRecord<String, byte[]> record,
            CloudEvent event) {
        Headers headers = record.headers();
        put(headers, H_SPECVERSION, SPEC_VERSION);
        put(headers, H_ID, event.id());
        put(headers, H_SOURCE, event.source());
        put(headers, H_TYPE, event.type());
        put(headers, H_SUBJECT, event.subject());
        put(headers, H_TIME, event.time().toString());
        put(headers, H_AGGREGATE_VERSION, Long.toString(event.aggregateVersion()));
        if (event.data() != null) {
            put(headers, H_CONTENT_TYPE, CONTENT_TYPE);
        }
        return record;
    }

    /** The record's aggregate version, read from its header alone; empty when it has none that reads as a number. */
    public static OptionalLong aggregateVersionOf(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(H_AGGREGATE_VERSION);
        if (header == null || header.value() == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(new String(header.value(), StandardCharsets.UTF_8)));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * Reads a record back; a record that is no valid CloudEvent of ours is poison.
     */
    public static CloudEvent fromRecord(ConsumerRecord<String, byte[]> record) {
        Headers headers = record.headers();
        String specVersion = required(headers, H_SPECVERSION);
        if (!SPEC_VERSION.equals(specVersion)) {
            throw new PoisonEventException("unsupported CloudEvents specversion " + specVersion);
        }
        try {
            return new CloudEvent(required(headers, H_ID), required(headers, H_SOURCE), required(headers, H_TYPE),
                    required(headers, H_SUBJECT), OffsetDateTime.parse(required(headers, H_TIME)),
                    Long.parseLong(required(headers, H_AGGREGATE_VERSION)), record.value());
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new PoisonEventException("malformed CloudEvents attribute: " + e.getMessage(), e);
        }
    }

    private static void put(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String required(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        if (header == null || header.value() == null || header.value().length == 0) {
            throw new PoisonEventException("missing CloudEvents header " + name);
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
