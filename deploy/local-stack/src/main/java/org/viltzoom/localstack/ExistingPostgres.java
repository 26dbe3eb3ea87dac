package org.viltzoom.localstack;

/**
 * A server that was already running, such as the one on 127.0.0.1:5432 of CI machines. It is
 * never stopped; only the databases created here are dropped.
 */
final class ExistingPostgres implements PostgresServer {

    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final JdbcAdmin admin;

    ExistingPostgres(String host, int port, String username, String password) {
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = password;
        this.admin = new JdbcAdmin(jdbcUrl("postgres"), username, password);
    }

    boolean isReachable() {
        return admin.isReachable();
    }

    boolean isLoopback() {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }

    JdbcAdmin admin() {
        return admin;
    }

    @Override
    public String description() {
        return "existing PostgreSQL at " + host + ":" + port;
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String password() {
        return password;
    }

    @Override
    public void createDatabase(String database) {
        admin.create(database);
    }

    @Override
    public void dropDatabase(String database) {
        admin.drop(database);
    }

    @Override
    public void createDatabaseIfMissing(String database) {
        admin.createIfMissing(database);
    }

    @Override
    public void close() {
        // Not ours to stop.
    }
}
