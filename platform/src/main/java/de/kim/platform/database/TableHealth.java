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
 *
 * <p>
 * Likewise the planner's statistics: without autovacuum nothing analyses a table that grows, and PostgreSQL keeps
 * planning for the size it last knew. With 3 000 households written into tables last analysed when they were empty, a
 * case manager's worklist joined by scanning every household member and every measure of the district (15 ms instead
 * of 1). A table changed by more than autovacuum's own threshold (50 rows and a tenth of it) since it was last analysed
 * is analysed here, when the server's autovacuum is off or has not come for a while.
 */
@ApplicationScoped
public class TableHealth {

    private static final Logger LOG = Logger.getLogger(TableHealth.class);
    /** Rows changed beyond a tenth of a table before it is analysed: autovacuum_analyze_threshold's default. */
    private static final long ANALYSE_THRESHOLD = 50;
    private static final String TABLES = """
            select relname, n_live_tup, n_dead_tup,
                   greatest(last_vacuum, last_autovacuum) > now() - make_interval(secs => ?) as vacuumed_lately,
                   n_mod_since_analyze,
                   greatest(last_analyze, last_autoanalyze) > now() - make_interval(secs => ?) as analysed_lately
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
                tables.setDouble(2, 10 * interval.toSeconds());
                try (ResultSet rows = tables.executeQuery()) {
                    while (rows.next()) {
                        String table = rows.getString(1);
                        long live = rows.getLong(2);
                        long dead = rows.getLong(3);
                        measure(table, dead);
                        if (dead > Math.max(deadRowsFloor, live) && (!autovacuum || !rows.getBoolean(4))) {
                            vacuum(connection, table, live, dead);
                        } else if (rows.getLong(5) > ANALYSE_THRESHOLD + live / 10
                                && (!autovacuum || !rows.getBoolean(6))) {
                            locked(connection, table, "analyze");
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
        LOG.warnf("Table %s holds %d dead rows beside %d live ones: vacuuming it", table, dead, live);
        locked(connection, table, "vacuum (analyze)");
    }

    /** The command on the table, unless another instance holds the table's lock (it is at it). */
    private static void locked(Connection connection, String table, String command) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(hashtext(?))")) {
            lock.setString(1, "kim.vacuum." + table);
            try (ResultSet locked = lock.executeQuery()) {
                if (!locked.next() || !locked.getBoolean(1)) {
                    return;
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(command + " \"" + table.replace("\"", "\"\"") + "\"");
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
