package org.viltzoom.localrun;

import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.viltzoom.localstack.LocalIssuer;
import org.viltzoom.localstack.LocalStack;

/**
 * The environment variables of each service in a local run: the settings README.md documents,
 * pointed at this run's PostgreSQL, Kafka, simulator and token issuer.
 */
final class ServiceEnvironment {

    private final LocalRunOptions options;
    private final LocalStack stack;
    private final LocalIssuer issuer;
    private final ZoomWorld zoom;
    private final URI simulator;
    // New keys per run: the databases are new too, so nothing encrypted with older keys remains.
    private final String encryptionKey = randomKey();
    private final String stateSigningKey = randomKey();

    ServiceEnvironment(LocalRunOptions options, LocalStack stack, LocalIssuer issuer, ZoomWorld zoom, URI simulator) {
        this.options = options;
        this.stack = stack;
        this.issuer = issuer;
        this.zoom = zoom;
        this.simulator = simulator;
    }

    Map<String, String> of(Service service) {
        Map<String, String> environment = new HashMap<>(common(service));
        switch (service) {
            case ACCOUNT -> environment.putAll(accountService());
            case HOST -> environment.putAll(callsAccountService(service));
            case EVENT -> {
                environment.putAll(callsAccountService(service));
                environment.put("VILT_RECORDINGS_DIR", options.runDirectory().resolve("recordings").toString());
            }
            case ATTENDANCE -> {
                environment.putAll(callsAccountService(service));
                environment.put("VILT_WEBHOOK_TIMESTAMP_TOLERANCE", options.webhookTimestampTolerance().toString());
            }
        }
        return environment;
    }

    private Map<String, String> common(Service service) {
        Map<String, String> environment = new HashMap<>();
        environment.put("HTTP_PORT", Integer.toString(options.ports().of(service)));
        environment.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        environment.put("DB_URL", stack.postgres().jdbcUrl(options.databaseName(service)));
        environment.put("DB_USERNAME", stack.postgres().username());
        environment.put("DB_PASSWORD", stack.postgres().password());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafka().bootstrapServers());
        environment.put("VILT_KAFKA_CREATE_TOPICS", "true");
        environment.put("QUARKUS_OIDC_PUBLIC_KEY", issuer.publicKey());
        environment.put("QUARKUS_OIDC_TOKEN_ISSUER", LocalIssuer.ISSUER);
        // People read these log files; production keeps JSON for log collectors.
        environment.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        return environment;
    }

    private Map<String, String> accountService() {
        return Map.of(
                "ZOOM_OAUTH_URL", simulator.toString(),
                "ZOOM_API_URL", simulator.toString(),
                "ZOOM_CLIENT_ID", zoom.clientId(),
                "ZOOM_CLIENT_SECRET", zoom.clientSecret(),
                "ZOOM_REDIRECT_URI", zoom.redirectUri(options.ports().url(Service.ACCOUNT)).toString(),
                "ZOOM_WEBHOOK_SECRET_TOKEN", zoom.webhookSecretToken(),
                "VILT_ENCRYPTION_KEY", encryptionKey,
                "VILT_STATE_SIGNING_KEY", stateSigningKey);
    }

    private Map<String, String> callsAccountService(Service service) {
        return Map.of(
                "ACCOUNT_SERVICE_URL", options.ports().url(Service.ACCOUNT).toString(),
                "VILT_SERVICE_TOKEN", issuer.tokenWithoutPlatform(service.module(), "vilt-service"));
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
