package org.viltzoom.localstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a fresh database of its own, the shared Kafka broker of the test
 * JVM, and token verification against {@link #issuer()}. Use it with
 * {@code @QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "service", value = "..."))}.
 */
public class LocalStackTestResource implements QuarkusTestResourceLifecycleManager {

    private static final LocalIssuer ISSUER = LocalIssuer.generate();

    private String service = "service";
    private LocalStack stack;
    private String database;

    /** The issuer whose tokens the application under test accepts. */
    public static LocalIssuer issuer() {
        return ISSUER;
    }

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.getOrDefault("service", service);
    }

    @Override
    public Map<String, String> start() {
        try {
            stack = LocalStack.acquireShared();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start PostgreSQL and Kafka for the tests", e);
        }

        database = TestDatabases.newName(service);
        stack.postgres().createDatabase(database);

        return Map.ofEntries(
                Map.entry("quarkus.datasource.jdbc.url", stack.postgres().jdbcUrl(database)),
                Map.entry("quarkus.datasource.username", stack.postgres().username()),
                Map.entry("quarkus.datasource.password", stack.postgres().password()),
                Map.entry("kafka.bootstrap.servers", stack.kafka().bootstrapServers()),
                Map.entry("vilt.kafka.create-topics", "true"),
                Map.entry("quarkus.oidc.public-key", ISSUER.publicKey()),
                Map.entry("quarkus.oidc.token.issuer", LocalIssuer.ISSUER),
                Map.entry("quarkus.oidc.roles.role-claim-path", LocalIssuer.ROLE_CLAIM),
                Map.entry("vilt.security.platform-claim", LocalIssuer.PLATFORM_CLAIM));
    }

    @Override
    public void stop() {
        if (stack != null && database != null) {
            stack.postgres().dropDatabase(database);
        }
        LocalStack.releaseShared();
    }
}
