package org.viltzoom.event.adapter.out.zoom;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import java.time.Duration;
import org.viltzoom.kernel.zoomtoken.ServiceCredentials;

/** Service credentials from quarkus-oidc-client's default client, fetched again shortly before they expire. */
final class OidcServiceCredentials implements ServiceCredentials {

    private final OidcClient client;
    private final Duration timeout;
    private Tokens tokens;

    OidcServiceCredentials(OidcClient client, Duration timeout) {
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
