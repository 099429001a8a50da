package de.kim.platform.events.outbox;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.kim.platform.database.TransactionSql;
import de.kim.platform.events.contract.EventType;

/**
 * Records an event in the same transaction as the state change it describes (transactional outbox): either both commit
 * or neither does. The {@link OutboxRelay} publishes it afterwards.
 */
@ApplicationScoped
public class Outbox {

    private final TransactionSql sql;
    private final ObjectMapper json;

    Outbox(TransactionSql sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    /**
     * @param aggregateId
     *            the subject and Kafka key
     * @param aggregateVersion
     *            the aggregate's version after the change; consumers ignore versions they already have
     */
    @Transactional(TxType.MANDATORY)
    public <T> void append(EventType<T> type, String aggregateId, long aggregateVersion, T data) {
        insert(type, aggregateId, aggregateVersion, toJson(data));
    }

    /** A deletion on a compacted topic: the record without data removes the key. */
    @Transactional(TxType.MANDATORY)
    public void appendTombstone(EventType<?> type, String aggregateId, long aggregateVersion) {
        insert(type, aggregateId, aggregateVersion, null);
    }

    private void insert(EventType<?> type, String aggregateId, long aggregateVersion, String data) {
        sql.update("""
                insert into event_outbox
                    (event_id, topic, event_type, aggregate_type, aggregate_id, aggregate_version, payload)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb))
                """, UUID.randomUUID(), type.topic().topicName(), type.type(), type.aggregateType(), aggregateId,
                aggregateVersion, data);
    }

    private String toJson(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data cannot be serialised: " + data.getClass().getName(), e);
        }
    }
}
