package de.kim.localinfra.quarkus;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import de.kim.localinfra.postgres.PostgresProvider;
import de.kim.localinfra.postgres.TestDatabase;

/**
 * Gives the service under test a fresh database on a real PostgreSQL (see {@link PostgresProvider}).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private PostgresProvider postgres;

    @Override
    public Map<String, String> start() {
        postgres = PostgresProvider.start();
        TestDatabase database = postgres.createDatabase("kim_test");
        System.getLogger(PostgresTestResource.class.getName()).log(System.Logger.Level.INFO,
                "Test database " + database.jdbcUrl() + " on " + postgres.kind());
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
        // The same database for reactive clients (the gateway keeps its sessions through one).
        config.put("quarkus.datasource.reactive.url", database.jdbcUrl().replaceFirst("^jdbc:", ""));
        if (database.username() != null) {
            config.put("quarkus.datasource.username", database.username());
        }
        if (database.password() != null) {
            config.put("quarkus.datasource.password", database.password());
        }
        return config;
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
