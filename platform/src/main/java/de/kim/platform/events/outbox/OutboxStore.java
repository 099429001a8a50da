package de.kim.platform.events.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import de.kim.platform.events.cloudevents.CloudEvent;

/**
 * The relay's SQL over the outbox table, on a connection whose transaction the relay owns.
 */
final class OutboxStore {

    /**
     * Claims up to {@code limit} rows that no other relay instance holds (SKIP LOCKED). A row is only taken when no
     * older version of its aggregate is still waiting outside this batch (held by another instance), so per-aggregate
     * order holds with several instances. Ordered by aggregate version first: a later transaction of the same aggregate
     * may have drawn a smaller id.
     */
    private static final String CLAIM = """
            with batch as (
                select id from event_outbox where failed_at is null order by id limit ? for update skip locked
            )
            select o.id, o.event_id, o.topic, o.event_type, o.aggregate_id, o.aggregate_version,
                   o.occurred_at, o.payload::text, o.record_key
              from event_outbox o
              join batch b on b.id = o.id
             where not exists (
                   select 1 from event_outbox older
                    where older.aggregate_type = o.aggregate_type
                      and older.aggregate_id = o.aggregate_id
                      and older.aggregate_version < o.aggregate_version
                      and older.id not in (select id from batch))
             order by o.aggregate_version, o.id
            """;

    private static final String DELETE = "delete from event_outbox where id = any(?)";

    /**
     * @param partKey
     *            the record key of a part of the aggregate, or null when the key is the aggregate id
     */
    record PendingEvent(long rowId, String topic, CloudEvent event, String partKey) {
    }

    private final String source;

    OutboxStore(String source) {
        this.source = source;
    }

    List<PendingEvent> claim(Connection connection, int limit) throws SQLException {
        List<PendingEvent> pending = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(CLAIM)) {
            statement.setInt(1, limit);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String payload = rows.getString(8);
                    CloudEvent event = new CloudEvent(rows.getString(2), source, rows.getString(4), rows.getString(5),
                            rows.getObject(7, OffsetDateTime.class), rows.getLong(6),
                            payload == null ? null : payload.getBytes(StandardCharsets.UTF_8));
                    pending.add(new PendingEvent(rows.getLong(1), rows.getString(3), event, rows.getString(9)));
                }
            }
        }
        return pending;
    }

    void delete(Connection connection, List<PendingEvent> published) throws SQLException {
        Long[] ids = published.stream().map(PendingEvent::rowId).toArray(Long[]::new);
        try (PreparedStatement statement = connection.prepareStatement(DELETE)) {
            Array array = connection.createArrayOf("bigint", ids);
            statement.setArray(1, array);
            statement.executeUpdate();
        }
    }

    /** Marks an event the broker refuses for good; it stays for an operator and blocks only its aggregate. */
    void park(Connection connection, PendingEvent event, String error) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "update event_outbox set failed_at = now(), last_error = ? where id = ?")) {
            statement.setString(1, error);
            statement.setLong(2, event.rowId());
            statement.executeUpdate();
        }
    }

    long backlog(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select count(*) from event_outbox");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
