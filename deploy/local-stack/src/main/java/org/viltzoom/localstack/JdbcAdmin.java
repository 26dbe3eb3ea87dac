package org.viltzoom.localstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Creates and drops databases through the server's {@code postgres} maintenance database. */
final class JdbcAdmin {

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final String maintenanceUrl;
    private final String username;
    private final String password;

    JdbcAdmin(String maintenanceUrl, String username, String password) {
        this.maintenanceUrl = maintenanceUrl;
        this.username = username;
        this.password = password;
    }

    boolean isReachable() {
        try (Connection ignored = connect()) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    void create(String database) {
        execute("create database " + checked(database));
    }

    void createIfMissing(String database) {
        if (databasesStartingWith(database).stream().noneMatch(database::equals)) {
            create(database);
        }
    }

    void drop(String database) {
        execute("drop database if exists " + checked(database) + " with (force)");
    }

    List<String> databasesStartingWith(String prefix) {
        List<String> names = new ArrayList<>();
        try (Connection connection = connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select datname from pg_database")) {
            while (rows.next()) {
                if (rows.getString(1).startsWith(prefix)) {
                    names.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list databases at " + maintenanceUrl, e);
        }
        return names;
    }

    private void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("'" + sql + "' failed at " + maintenanceUrl + ": " + e.getMessage(), e);
        }
    }

    private Connection connect() throws SQLException {
        DriverManager.setLoginTimeout(3);
        return DriverManager.getConnection(maintenanceUrl, username, password);
    }

    private static String checked(String database) {
        if (!SAFE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("unsafe database name '" + database + "'");
        }
        return database;
    }
}
