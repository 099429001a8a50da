package de.kim.localinfra.security;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Row count and a hash of the content of every table of the service's database, to prove that a series of requests
 * changed nothing. Tables that work in the background (the event outbox and inbox) or that reads write by design are
 * left out.
 */
final class DatabaseFingerprint {

    private static final Set<String> BACKGROUND = Set.of("flyway_schema_history", "event_outbox", "processed_event");

    private final Set<String> ignored;

    DatabaseFingerprint(Set<String> writtenByReads) {
        this.ignored = writtenByReads;
    }

    /** Table → "rows:hash". */
    Map<String, String> take() {
        var config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getOptionalValue("quarkus.datasource.username", String.class).orElse(null);
        String password = config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null);
        Map<String, String> fingerprint = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("""
                    select table_name from information_schema.tables
                     where table_schema = current_schema() and table_type = 'BASE TABLE'
                    """)) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                if (BACKGROUND.contains(table) || ignored.contains(table)) {
                    continue;
                }
                try (ResultSet rows = statement
                        .executeQuery("select count(*), coalesce(sum(hashtext(t::text)::bigint), 0)"
                                + " from \"" + table + "\" t")) {
                    rows.next();
                    fingerprint.put(table, rows.getLong(1) + ":" + rows.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the service's database", e);
        }
        return fingerprint;
    }

    /** The fingerprint once the database has been still for a second (events of earlier tests may still arrive). */
    Map<String, String> whenQuiet() throws InterruptedException {
        Map<String, String> last = take();
        for (int attempt = 0; attempt < 30; attempt++) {
            Thread.sleep(1_000);
            Map<String, String> now = take();
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        throw new IllegalStateException("the database did not come to rest in 30 s");
    }
}
