package org.viltzoom.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.jboss.logging.Logger;

/**
 * Runs PostgreSQL and Kafka for the local run until the process is stopped. It creates one
 * database per service (kept between runs), a local token issuer, and writes the connection
 * settings as shell variables to the file given as the first argument.
 */
public final class LocalStackMain {

    private static final Logger LOG = Logger.getLogger(LocalStackMain.class);

    /** The databases of the local run, one per service. */
    public static final List<String> SERVICE_DATABASES =
            List.of("vilt_account", "vilt_host", "vilt_event", "vilt_attendance");

    private LocalStackMain() {
    }

    public static void main(String[] args) throws Exception {
        Path environmentFile = Path.of(args.length > 0 ? args[0] : "target/local-stack.env").toAbsolutePath();

        LocalStack stack = LocalStack.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.close();
            stopped.countDown();
        }, "local-stack-stop"));

        for (String database : SERVICE_DATABASES) {
            stack.postgres().createDatabaseIfMissing(database);
        }
        LocalIssuer issuer = LocalIssuer.loadOrCreate(environmentFile.getParent().resolve("local-issuer"));

        Files.createDirectories(environmentFile.getParent());
        Files.writeString(environmentFile, environment(stack, issuer));
        LOG.infof("Local stack ready: %s; %s; settings in %s",
                stack.postgres().description(), stack.kafka().description(), environmentFile);

        stopped.await();
    }

    private static String environment(LocalStack stack, LocalIssuer issuer) {
        PostgresServer postgres = stack.postgres();
        String databaseUrlPrefix = postgres.jdbcUrl("");
        return String.join("\n",
                "KAFKA_BOOTSTRAP_SERVERS=" + stack.kafka().bootstrapServers(),
                "VILT_DB_URL_PREFIX=" + databaseUrlPrefix,
                "DB_USERNAME=" + postgres.username(),
                "DB_PASSWORD=" + postgres.password(),
                "QUARKUS_OIDC_PUBLIC_KEY=" + issuer.publicKey(),
                "QUARKUS_OIDC_TOKEN_ISSUER=" + LocalIssuer.ISSUER,
                "VILT_KAFKA_CREATE_TOPICS=true",
                "");
    }
}
