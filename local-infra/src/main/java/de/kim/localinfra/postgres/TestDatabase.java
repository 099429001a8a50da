package de.kim.localinfra.postgres;

/** Where a test run's (or the local run's) database lives. */
public record TestDatabase(String jdbcUrl, String username, String password) {
}
