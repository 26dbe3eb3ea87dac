package org.viltzoom.kernel.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.viltzoom.zoomsimulator.ZoomSimulator;

/**
 * Starts the Zoom simulator for a {@code @QuarkusTest} and points the service's Zoom settings at
 * it, with the deployment's OAuth app of {@link #OAUTH_CLIENT_ID}. Tests seed the simulator
 * themselves; {@link #oauthAppSeed()} gives the app entry every seed needs.
 */
public class ZoomSimulatorTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String OAUTH_APP_ID = "vilt-oauth-app";
    public static final String OAUTH_CLIENT_ID = "vilt-oauth-client";
    public static final String OAUTH_CLIENT_SECRET = "vilt-oauth-client-secret-4c1e";
    public static final String OAUTH_WEBHOOK_SECRET = "vilt-oauth-webhook-secret-9d2a";
    public static final String REDIRECT_URI = "http://127.0.0.1/api/v1/zoom/oauth/callback";

    /** Keys generated per run; tests read them to check that no log line shows them. */
    public static final String ENCRYPTION_KEY = randomKey();
    public static final String STATE_SIGNING_KEY = randomKey();

    private static ZoomSimulator simulator;

    public static ZoomSimulator simulator() {
        return simulator;
    }

    /** Returns the seed entry of the deployment's OAuth app, with the given scopes (a JSON array). */
    public static String oauthAppSeed(String scopesJson) {
        return """
                {"id": "%s", "client_id": "%s", "client_secret": "%s", "redirect_uris": ["%s"],
                 "webhook_secret_token": "%s", "scopes": %s}
                """.formatted(OAUTH_APP_ID, OAUTH_CLIENT_ID, OAUTH_CLIENT_SECRET, REDIRECT_URI, OAUTH_WEBHOOK_SECRET,
                scopesJson);
    }

    @Override
    public Map<String, String> start() {
        simulator = ZoomSimulator.start();
        return Map.of(
                "vilt.zoom.oauth-url", simulator.baseUrl(),
                "vilt.zoom.api-url", simulator.baseUrl(),
                "vilt.zoom.client-id", OAUTH_CLIENT_ID,
                "vilt.zoom.client-secret", OAUTH_CLIENT_SECRET,
                "vilt.zoom.redirect-uri", REDIRECT_URI,
                "vilt.zoom.webhook-secret-token", OAUTH_WEBHOOK_SECRET,
                "vilt.account.encryption-key", ENCRYPTION_KEY,
                "vilt.account.state-signing-key", STATE_SIGNING_KEY);
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
