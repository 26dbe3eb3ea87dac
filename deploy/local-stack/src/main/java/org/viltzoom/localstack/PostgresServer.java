package org.viltzoom.localstack;

/** A PostgreSQL server that hands out one database per service or test run. */
public interface PostgresServer extends AutoCloseable {

    /** How the server was obtained, for logs: existing, embedded or system binaries. */
    String description();

    String jdbcUrl(String database);

    String username();

    String password();

    void createDatabase(String database);

    void dropDatabase(String database);

    /** Creates the database unless it exists, so that a second local run keeps its data. */
    void createDatabaseIfMissing(String database);

    /** Stops the server if this process started it; leaves an existing server running. */
    @Override
    void close();
}
