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
        insert(type, aggregateId, null, aggregateVersion, toJson(data));
    }

    /**
     * A part of an aggregate as a record of its own (a note of a case), so an event does not grow with the aggregate's
     * history: keyed by {@code partKey}, so compaction keeps every part; on the partition of its aggregate, so it stays
     * in order with the aggregate's other records.
     *
     * @param partKey
     *            the record key, {@code <aggregate id>/<part id>}
     */
    @Transactional(TxType.MANDATORY)
    public <T> void appendPart(EventType<T> type, String aggregateId, String partKey, long aggregateVersion, T data) {
        insert(type, aggregateId, partKey, aggregateVersion, toJson(data));
    }

    /** A deletion on a compacted topic: the record without data removes the key. */
    @Transactional(TxType.MANDATORY)
    public void appendTombstone(EventType<?> type, String aggregateId, long aggregateVersion) {
        insert(type, aggregateId, null, aggregateVersion, null);
    }

    /** Removes a part written with {@link #appendPart} from a compacted topic. */
    @Transactional(TxType.MANDATORY)
    public void appendPartTombstone(EventType<?> type, String aggregateId, String partKey, long aggregateVersion) {
        insert(type, aggregateId, partKey, aggregateVersion, null);
    }

    private void insert(EventType<?> type, String aggregateId, String partKey, long aggregateVersion, String data) {
        sql.update("""
                insert into event_outbox (event_id, topic, event_type, aggregate_type, aggregate_id, record_key,
                                          aggregate_version, payload)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
                """, UUID.randomUUID(), type.topic().topicName(), type.type(), type.aggregateType(), aggregateId,
                partKey, aggregateVersion, data);
    }

    private String toJson(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data cannot be serialised: " + data.getClass().getName(), e);
        }
    }
}
