package org.viltzoom.localstack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * PostgreSQL and Kafka for tests and the local run, without Docker. Each is taken in this order:
 * an existing server (PostgreSQL on 127.0.0.1:5432 or {@code VILT_PG_HOST}/{@code VILT_PG_PORT};
 * Kafka from {@code KAFKA_BOOTSTRAP_SERVERS}), then one started here (embedded PostgreSQL, then
 * the machine's PostgreSQL binaries; a KRaft broker in this JVM). Whatever this JVM started is
 * stopped by {@link #close()}, and by the next start if this JVM was killed.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalStack.class);

    private static LocalStack shared;
    private static int sharedUsers;

    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final ProcessRegistry registry;

    private LocalStack(PostgresServer postgres, KafkaBroker kafka, ProcessRegistry registry) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.registry = registry;
    }

    /** The directory for state that must survive a crash: pid records, data directories. */
    public static Path stateDirectory() {
        return Path.of(System.getProperty("java.io.tmpdir"), "vilt-zoom-local-stack");
    }

    public static LocalStack start() throws Exception {
        ProcessRegistry registry = new ProcessRegistry(stateDirectory());
        registry.cleanUpLeftovers();

        PostgresServer postgres = startPostgres(registry);
        LOG.infof("Using %s", postgres.description());
        TestDatabases.dropAbandoned(postgres);

        KafkaBroker kafka;
        try {
            kafka = startKafka(registry);
        } catch (Exception e) {
            postgres.close();
            throw e;
        }
        LOG.infof("Using %s", kafka.description());
        return new LocalStack(postgres, kafka, registry);
    }

    /** Returns the stack shared by every test resource of this JVM, starting it on first use. */
    public static synchronized LocalStack acquireShared() throws Exception {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(LocalStack::closeSharedNow, "local-stack-stop"));
        }
        sharedUsers++;
        return shared;
    }

    /** Gives back a stack from {@link #acquireShared()}; the last user does not stop it, the JVM's exit does. */
    public static synchronized void releaseShared() {
        sharedUsers = Math.max(0, sharedUsers - 1);
    }

    private static synchronized void closeSharedNow() {
        if (shared != null) {
            shared.close();
            shared = null;
        }
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    @Override
    public void close() {
        kafka.close();
        postgres.close();
        LOG.info("Local stack stopped");
    }

    private static PostgresServer startPostgres(ProcessRegistry registry) throws Exception {
        String host = Optional.ofNullable(System.getenv("VILT_PG_HOST")).orElse("127.0.0.1");
        int port = Integer.parseInt(Optional.ofNullable(System.getenv("VILT_PG_PORT")).orElse("5432"));
        String user = Optional.ofNullable(System.getenv("VILT_PG_USER")).orElse("postgres");
        String password = Optional.ofNullable(System.getenv("VILT_PG_PASSWORD")).orElse("");
        ExistingPostgres existing = new ExistingPostgres(host, port, user, password);
        if (existing.isReachable()) {
            return existing;
        }
        LOG.infof("No PostgreSQL answers at %s:%d; starting one", host, port);

        try {
            return EmbeddedPostgresServer.start();
        } catch (IOException | RuntimeException e) {
            LOG.infof("Embedded PostgreSQL did not start (%s); trying the machine's PostgreSQL binaries", e.getMessage());
        }

        Path binaries = SystemPostgres.findBinaries().orElseThrow(() -> new IllegalStateException(
                "No PostgreSQL available: nothing answers at " + host + ":" + port
                        + ", embedded PostgreSQL failed, and no initdb was found under /usr/lib/postgresql"));
        return SystemPostgres.start(binaries, stateDirectory(), registry);
    }

    private static KafkaBroker startKafka(ProcessRegistry registry) throws Exception {
        String bootstrap = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (bootstrap != null && !bootstrap.isBlank()) {
            return new ExistingKafka(bootstrap);
        }
        return InJvmKafka.start(stateDirectory(), registry);
    }
}
