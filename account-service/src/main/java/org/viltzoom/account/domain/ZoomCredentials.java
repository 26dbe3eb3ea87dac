package org.viltzoom.account.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.viltzoom.kernel.domain.AccountId;

/**
 * The Zoom secrets of one account, decrypted. OAuth pairings hold a rotating refresh token;
 * Server-to-Server pairings hold the app's client id and secret instead. {@code toString}
 * never shows a secret.
 *
 * @param webhookSecretToken the secret token of a Server-to-Server app's webhooks; OAuth
 *     pairings use the deployment's app and its configured token
 */
public record ZoomCredentials(
        AccountId accountId,
        String refreshToken,
        String accessToken,
        Instant accessTokenExpiresAt,
        Set<String> scopes,
        String apiBaseUrl,
        String clientId,
        String clientSecret,
        String webhookSecretToken) {

    public ZoomCredentials {
        Objects.requireNonNull(accountId, "accountId");
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }

    public static ZoomCredentials forOAuth(AccountId accountId, TokenGrant grant) {
        return new ZoomCredentials(accountId, grant.refreshToken(), grant.accessToken(), grant.expiresAt(),
                grant.scopes(), grant.apiBaseUrl(), null, null, null);
    }

    public static ZoomCredentials forServerToServer(AccountId accountId, String clientId, String clientSecret,
                                                    String webhookSecretToken, TokenGrant grant) {
        return new ZoomCredentials(accountId, null, grant.accessToken(), grant.expiresAt(), grant.scopes(),
                grant.apiBaseUrl(), clientId, clientSecret, webhookSecretToken);
    }

    public PairingMode mode() {
        return clientId == null ? PairingMode.OAUTH : PairingMode.SERVER_TO_SERVER;
    }

    /** True when the cached access token stays valid for at least {@code margin}. */
    public boolean hasAccessTokenValidFor(Duration margin, Instant now) {
        return accessToken != null && accessTokenExpiresAt != null
                && accessTokenExpiresAt.minus(margin).isAfter(now);
    }

    /** Returns the credentials after a refresh or a new Server-to-Server token. */
    public ZoomCredentials withGrant(TokenGrant grant) {
        String nextRefreshToken = grant.refreshToken() == null ? refreshToken : grant.refreshToken();
        return new ZoomCredentials(accountId, nextRefreshToken, grant.accessToken(), grant.expiresAt(),
                grant.scopes(), grant.apiBaseUrl() == null ? apiBaseUrl : grant.apiBaseUrl(),
                clientId, clientSecret, webhookSecretToken);
    }

    /** Returns the credentials without a cached access token, for a token that lacked scopes. */
    public ZoomCredentials withoutAccessToken() {
        return new ZoomCredentials(accountId, refreshToken, null, null, Set.of(), apiBaseUrl,
                clientId, clientSecret, webhookSecretToken);
    }

    @Override
    public String toString() {
        return "ZoomCredentials[accountId=" + accountId + ", mode=" + mode()
                + ", accessTokenExpiresAt=" + accessTokenExpiresAt + ", scopes=" + scopes + "]";
    }
}
