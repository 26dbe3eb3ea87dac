package org.viltzoom.kernel.security;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import java.time.Duration;
import org.viltzoom.kernel.zoomtoken.ServiceCredentials;

/**
 * Service credentials from quarkus-oidc-client's default client (client-credentials grant),
 * fetched again shortly before they expire.
 *
 * <p>NOTE: no test runs this path; tests and the local run use a fixed service token.
 */
public final class OidcServiceCredentials implements ServiceCredentials {

    private final OidcClient client;
    private final Duration timeout;
    private Tokens tokens;

    public OidcServiceCredentials(OidcClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    @Override
    public synchronized String bearerToken() {
        if (tokens == null || tokens.isAccessTokenExpired() || tokens.isAccessTokenWithinRefreshInterval()) {
            tokens = client.getTokens().await().atMost(timeout);
        }
        return tokens.getAccessToken();
    }
}
