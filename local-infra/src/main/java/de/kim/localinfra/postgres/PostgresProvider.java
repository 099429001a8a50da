package de.kim.localinfra.postgres;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 15 with zero set-up, chosen in this order:
 * <ol>
 * <li>a given server: system property {@code kim.test.postgres.url} or env {@code KIM_TEST_POSTGRES_URL} (a JDBC URL of
 * a database the user may create databases from, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres});</li>
 * <li>a Testcontainers container, where a container engine is present;</li>
 * <li>embedded PostgreSQL binaries shipped as Maven jars (io.zonky).</li>
 * </ol>
 * Each call creates a fresh database, so test runs never see each other's data.
 */
public final class PostgresProvider implements AutoCloseable {

    public static final String SERVER_URL_PROPERTY = "kim.test.postgres.url";

    private final String adminUrl;
    private final String username;
    private final String password;
    private final AutoCloseable server;
    private final String kind;
    private final List<String> created = new ArrayList<>();

    private PostgresProvider(String adminUrl, String username, String password, AutoCloseable server, String kind) {
        this.adminUrl = adminUrl;
        this.username = username;
        this.password = password;
        this.server = server;
        this.kind = kind;
    }

    public static PostgresProvider start() {
        String given = System.getProperty(SERVER_URL_PROPERTY, System.getenv("KIM_TEST_POSTGRES_URL"));
        if (given != null && !given.isBlank()) {
            return new PostgresProvider(given, null, null, () -> {
            }, "given server");
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
            container.start();
            return new PostgresProvider(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    container::stop, "Testcontainers");
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            return new PostgresProvider(embedded.getJdbcUrl("postgres", "postgres"), "postgres", null, embedded,
                    "embedded binaries");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start embedded PostgreSQL", e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Creates a new, empty database named after its user (e.g. the service). */
    public TestDatabase createDatabase(String prefix) {
        String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).replaceAll("[^a-z0-9_]", "_");
        try (Connection connection = DriverManager.getConnection(adminUrl, username, password);
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
            created.add(name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + " on " + kind, e);
        }
        return new TestDatabase(replaceDatabase(adminUrl, name), username, password);
    }

    public String kind() {
        return kind;
    }

    /** jdbc:postgresql://host:port/db?params → same with another db. */
    static String replaceDatabase(String jdbcUrl, String database) {
        int query = jdbcUrl.indexOf('?');
        String base = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        String params = query < 0 ? "" : jdbcUrl.substring(query);
        int slash = base.lastIndexOf('/');
        return base.substring(0, slash + 1) + database + params;
    }

    /** Drops the databases it created on a given server; an embedded or container server just goes. */
    @Override
    public void close() throws Exception {
        if (!created.isEmpty() && "given server".equals(kind)) {
            try (Connection connection = DriverManager.getConnection(adminUrl, username, password);
                    Statement statement = connection.createStatement()) {
                for (String name : created) {
                    statement.execute("drop database if exists " + name + " with (force)");
                }
            }
        }
        server.close();
    }
}
