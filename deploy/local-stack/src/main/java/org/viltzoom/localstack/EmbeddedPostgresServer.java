package org.viltzoom.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;

/** zonky's embedded PostgreSQL, from binaries on Maven Central; as root it needs {@code unshare -U}. */
final class EmbeddedPostgresServer implements PostgresServer {

    private final EmbeddedPostgres postgres;
    private final JdbcAdmin admin;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.admin = new JdbcAdmin(jdbcUrl("postgres"), username(), password());
    }

    static EmbeddedPostgresServer start() throws IOException {
        return new EmbeddedPostgresServer(EmbeddedPostgres.builder().start());
    }

    @Override
    public String description() {
        return "embedded PostgreSQL on port " + postgres.getPort();
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database;
    }

    @Override
    public String username() {
        return "postgres";
    }

    @Override
    public String password() {
        return "postgres";
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
        try {
            postgres.close();
        } catch (IOException e) {
            throw new IllegalStateException("Stopping embedded PostgreSQL failed", e);
        }
    }
}
