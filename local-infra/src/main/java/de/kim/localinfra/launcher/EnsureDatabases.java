package de.kim.localinfra.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * {@code ./kim up} runs this once PostgreSQL answers: creates each service's database if it is missing (database per
 * service), without needing psql on the machine. Usage: {@code EnsureDatabases <admin-jdbc-url> <database>...}.
 */
public final class EnsureDatabases {

    private EnsureDatabases() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length < 2) {
            System.err.println("usage: EnsureDatabases <admin-jdbc-url> <database>...");
            System.exit(2);
        }
        try (Connection connection = DriverManager.getConnection(args[0])) {
            for (int i = 1; i < args.length; i++) {
                String database = args[i];
                if (!database.matches("[a-z_][a-z0-9_]*")) {
                    throw new IllegalArgumentException("not a plain database name: " + database);
                }
                if (!exists(connection, database)) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("create database " + database);
                    }
                    System.out.println("created database " + database);
                }
            }
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
