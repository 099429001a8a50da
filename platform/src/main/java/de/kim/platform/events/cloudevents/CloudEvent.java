package de.kim.platform.events.cloudevents;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.kim.platform.events.contract.EventType;
import de.kim.platform.events.inbox.PoisonEventException;

/**
 * A CloudEvents 1.0 event as our services exchange it: the context attributes plus the aggregate version extension, and
 * the JSON data ({@code null} for a tombstone on a compacted topic).
 */
public record CloudEvent(String id, String source, String type, String subject, OffsetDateTime time,
        long aggregateVersion, byte[] data) {

    public boolean isTombstone() {
        return data == null;
    }

    /** The subject as the id of the aggregate; an event without a usable one can never be applied (poison). */
    public UUID subjectId() {
        try {
            return UUID.fromString(subject);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new PoisonEventException("subject of event " + id + " is no id", e);
        }
    }

    /**
     * Reads the data as the payload of the given type; bad data makes the event poison. Unknown fields are tolerated: a
     * producer may add fields to a version of the contract without breaking readers.
     */
    public <T> T dataAs(EventType<T> eventType, ObjectMapper json) {
        if (!eventType.type().equals(type)) {
            throw new PoisonEventException("expected event type " + eventType.type() + " but got " + type);
        }
        if (data == null) {
            throw new PoisonEventException("event " + id + " has no data");
        }
        try {
            return json.readerFor(eventType.dataType()).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(data);
        } catch (IOException e) {
            throw new PoisonEventException("data of event " + id + " is not a valid " + eventType.type(), e);
        }
    }
}
