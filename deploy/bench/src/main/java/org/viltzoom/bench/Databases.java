package org.viltzoom.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Creates and drops the benchmark's own databases on the local stack's PostgreSQL. */
final class Databases {

    private final LocalStackProcess stack;

    Databases(LocalStackProcess stack) {
        this.stack = stack;
    }

    /** Drops and creates a database, so that a run starts from an empty schema. */
    void recreate(String database) throws SQLException {
        try (Connection connection = admin(); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        }
    }

    void createIfMissing(String database) throws SQLException {
        try (Connection connection = admin(); Statement statement = connection.createStatement()) {
            try (ResultSet found = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + database + "'")) {
                if (found.next()) {
                    return;
                }
            }
            statement.execute("create database " + database);
        }
    }

    void drop(String database) throws SQLException {
        try (Connection connection = admin(); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
        }
    }

    String serverVersion() throws SQLException {
        try (Connection connection = admin(); Statement statement = connection.createStatement();
             ResultSet version = statement.executeQuery("show server_version")) {
            version.next();
            return version.getString(1);
        }
    }

    private Connection admin() throws SQLException {
        String password = stack.settings().getOrDefault("DB_PASSWORD", "");
        return DriverManager.getConnection(stack.jdbcUrl("postgres"), stack.settings().get("DB_USERNAME"), password);
    }
}
