package de.kim.regions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import de.kim.localinfra.quarkus.ManagementInterface;
import de.kim.platform.database.TableHealth;
import de.kim.platform.events.inbox.ProcessedEventsRetention;

/**
 * What every service does to keep its tables healthy whatever the PostgreSQL server's settings (the platform's
 * housekeeping, tried in this service): dead rows that pile up are measured and vacuumed, a table that grew is
 * analysed, the processed-events table keeps its retention.
 */
@QuarkusTest
class HousekeepingTest {

    @Inject
    TableHealth tableHealth;

    @Inject
    ProcessedEventsRetention retention;

    @Inject
    DataSource dataSource;

    @Test
    void aTableWhoseDeadRowsPileUpIsMeasuredAndVacuumed() throws SQLException {
        execute("drop table if exists housekeeping_probe");
        execute("create table housekeeping_probe (id int)");
        try {
            execute("insert into housekeeping_probe select generate_series(1, 12000)");
            execute("delete from housekeeping_probe");
            // PostgreSQL publishes a connection's statistics once it is idle (within about ten seconds).
            await().atMost(Duration.ofSeconds(30)).until(() -> deadRows() >= 12_000);

            tableHealth.check();

            await().atMost(Duration.ofSeconds(10)).until(() -> deadRows() == 0);
            assertThat(single("select greatest(last_vacuum, last_autovacuum) is not null from pg_stat_user_tables"
                    + " where relname = 'housekeeping_probe'")).isEqualTo("t");
            String metrics = given().get(ManagementInterface.url() + "/q/metrics").then().statusCode(200).extract()
                    .asString();
            assertThat(metrics).contains("kim_table_dead_rows{table=\"housekeeping_probe\"}")
                    .contains("kim_table_dead_rows{table=\"event_outbox\"}");
        } finally {
            execute("drop table housekeeping_probe");
        }
    }

    @Test
    void aTableThatGrewSinceItWasLastAnalysedIsAnalysed() throws SQLException {
        execute("drop table if exists housekeeping_growth");
        execute("create table housekeeping_growth (id int)");
        try {
            execute("insert into housekeeping_growth select generate_series(1, 5000)");
            await().atMost(Duration.ofSeconds(30)).until(() -> changedSinceAnalysed() >= 5_000);

            tableHealth.check();

            await().atMost(Duration.ofSeconds(10)).until(() -> changedSinceAnalysed() == 0);
            assertThat(single("select reltuples::bigint from pg_class where relname = 'housekeeping_growth'"))
                    .as("the planner knows the table's size").isEqualTo("5000");
        } finally {
            execute("drop table housekeeping_growth");
        }
    }

    @Test
    void processedEventsAreForgottenAfterTheirRetention() throws SQLException {
        execute("delete from processed_event where consumer = 'housekeeping-probe'");
        execute("""
                insert into processed_event (consumer, event_id, processed_at)
                values ('housekeeping-probe', 'a month old', now() - interval '31 days'),
                       ('housekeeping-probe', 'a week old', now() - interval '7 days'),
                       ('housekeeping-probe', 'just now', now())""");

        assertThat(retention.forgetOlderThan(Duration.ofDays(30))).isGreaterThanOrEqualTo(1);

        assertThat(column("select event_id from processed_event where consumer = 'housekeeping-probe'"
                + " order by processed_at")).containsExactly("a week old", "just now");
    }

    private long deadRows() throws SQLException {
        return Long.parseLong(
                single("select n_dead_tup from pg_stat_user_tables where relname = 'housekeeping_probe'"));
    }

    private long changedSinceAnalysed() throws SQLException {
        return Long.parseLong(single(
                "select n_mod_since_analyze from pg_stat_user_tables where relname = 'housekeeping_growth'"));
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private String single(String sql) throws SQLException {
        List<String> values = column(sql);
        assertThat(values).hasSize(1);
        return values.get(0);
    }

    private List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
