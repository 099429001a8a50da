package de.kim.platform.events.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;

import org.postgresql.PGConnection;

/**
 * Waits for the NOTIFY the outbox trigger sends on insert, so events leave within milliseconds of their commit instead
 * of at the next poll. LISTEN is registered before the relay drains the table, so no wake-up between drain and wait is
 * lost. A broken connection is reopened on the next wait.
 */
final class OutboxWakeups implements AutoCloseable {

    static final String CHANNEL = "kim_event_outbox";

    private final DataSource dataSource;
    private Connection connection;

    OutboxWakeups(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void await(Duration timeout) throws InterruptedException {
        try {
            if (connection == null || connection.isClosed()) {
                listen();
                return; // drain once more: inserts before LISTEN sent no wake-up we could see
            }
            PGConnection pg = connection.unwrap(PGConnection.class);
            pg.getNotifications((int) Math.max(1, timeout.toMillis()));
        } catch (SQLException e) {
            close();
            Thread.sleep(timeout.toMillis());
        }
    }

    private void listen() throws SQLException {
        connection = dataSource.getConnection();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("listen " + CHANNEL);
        }
    }

    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the connection is gone either way
            }
            connection = null;
        }
    }
}
