package de.kim.platform.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Writes to tables no entity maps (outbox, processed events, audit log, history, search terms) on the connection of
 * the caller's transaction, past Hibernate: a native query through the entity manager first flushes the whole
 * persistence context (dirty-checking every loaded entity) and schedules a cache clean-up, which took a fifth of the
 * case-service's CPU when opening a case (JFR, docs/benchmarks.md). The caller flushes entities the statement refers
 * to (foreign keys) before.
 */
@ApplicationScoped
public class TransactionSql {

    private final DataSource dataSource;

    TransactionSql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs an INSERT, UPDATE or DELETE with positional parameters ({@code ?}), or a {@code SET LOCAL} for the rest of
     * the transaction; a {@code UUID[]} or {@code String[]} becomes a PostgreSQL array. Returns the number of rows
     * changed.
     */
    @Transactional(TxType.MANDATORY)
    public int update(String sql, Object... parameters) {
        // Inside a transaction the pool hands out the transaction's own connection; closing it keeps it enlisted.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object parameter = parameters[i];
                if (parameter instanceof UUID[] ids) {
                    statement.setArray(i + 1, connection.createArrayOf("uuid", ids));
                } else if (parameter instanceof String[] texts) {
                    statement.setArray(i + 1, connection.createArrayOf("text", texts));
                } else {
                    statement.setObject(i + 1, parameter);
                }
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException(e.getMessage(), e);
        }
    }
}
