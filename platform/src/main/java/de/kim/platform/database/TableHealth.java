package de.kim.platform.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

/**
 * Keeps the tables that are written and deleted all the time (outbox, view and monitoring sources, search terms)
 * healthy whatever the PostgreSQL server's autovacuum does: their dead rows are a metric ({@code kim_table_dead_rows}),
 * and a table whose dead rows pile up (more than its live ones, and more than a floor) gets a log line and, when the
 * server's autovacuum is off or has not come for a while, a {@code VACUUM (ANALYZE)} of the service's own. Without it,
 * a server without autovacuum held 126 493 dead outbox rows (52 MB) after a 20-minute soak, and every relay pass read
 * them. One instance of a service vacuums at a time (an advisory lock per table).
 */
@ApplicationScoped
public class TableHealth {

    private static final Logger LOG = Logger.getLogger(TableHealth.class);
    private static final String TABLES = """
            select relname, n_live_tup, n_dead_tup,
                   greatest(last_vacuum, last_autovacuum) > now() - make_interval(secs => ?) as vacuumed_lately
              from pg_stat_user_tables
             where schemaname = current_schema()
            """;

    private final DataSource dataSource;
    private final MeterRegistry metrics;
    private final Duration interval;
    private final long deadRowsFloor;
    private final Map<String, Long> deadRows = new ConcurrentHashMap<>();
    private boolean autovacuumOffReported;

    TableHealth(DataSource dataSource, MeterRegistry metrics,
            @ConfigProperty(name = "kim.table-health.interval", defaultValue = "60s") Duration interval,
            @ConfigProperty(name = "kim.table-health.dead-rows-floor", defaultValue = "10000") long deadRowsFloor) {
        this.dataSource = dataSource;
        this.metrics = metrics;
        this.interval = interval;
        this.deadRowsFloor = deadRowsFloor;
    }

    @Scheduled(every = "${kim.table-health.interval:60s}", delayed = "${kim.table-health.interval:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void checkQuietly() {
        try {
            check();
        } catch (SQLException e) {
            LOG.debugf("Table health check skipped: %s", e.getClass().getSimpleName()); // database away: next time
        }
    }

    /** One pass: measures every table, vacuums those whose dead rows piled up. Public for tests. */
    public synchronized void check() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true); // VACUUM runs outside a transaction only
            boolean autovacuum = autovacuumOn(connection);
            if (!autovacuum && !autovacuumOffReported) {
                autovacuumOffReported = true;
                LOG.warn("PostgreSQL's autovacuum is off: the service vacuums its busy tables itself"
                        + " (README: what the suite expects of PostgreSQL)");
            }
            try (PreparedStatement tables = connection.prepareStatement(TABLES)) {
                tables.setDouble(1, 10 * interval.toSeconds());
                try (ResultSet rows = tables.executeQuery()) {
                    while (rows.next()) {
                        String table = rows.getString(1);
                        long live = rows.getLong(2);
                        long dead = rows.getLong(3);
                        measure(table, dead);
                        if (dead > Math.max(deadRowsFloor, live) && (!autovacuum || !rows.getBoolean(4))) {
                            vacuum(connection, table, live, dead);
                        }
                    }
                }
            }
        }
    }

    private void measure(String table, long dead) {
        if (deadRows.put(table, dead) == null) {
            Gauge.builder("kim.table.dead.rows", deadRows, rows -> rows.getOrDefault(table, 0L))
                    .description("Dead rows of a table (PostgreSQL's statistics)").tag("table", table)
                    .register(metrics);
        }
    }

    private static void vacuum(Connection connection, String table, long live, long dead) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(hashtext(?))")) {
            lock.setString(1, "kim.vacuum." + table);
            try (ResultSet locked = lock.executeQuery()) {
                if (!locked.next() || !locked.getBoolean(1)) {
                    return; // another instance is at it
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            LOG.warnf("Table %s holds %d dead rows beside %d live ones: vacuuming it", table, dead, live);
            statement.execute("vacuum (analyze) \"" + table.replace("\"", "\"\"") + "\"");
        } finally {
            try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(hashtext(?))")) {
                unlock.setString(1, "kim.vacuum." + table);
                unlock.execute();
            }
        }
    }

    private static boolean autovacuumOn(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet setting = statement.executeQuery("select current_setting('autovacuum')")) {
            return setting.next() && "on".equals(setting.getString(1));
        }
    }
}
