package org.viltzoom.kernel.zoomtoken;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A Zoom access token for one account, as account-service's token broker issues it.
 *
 * @param platform the platform the account belongs to
 * @param apiBaseUrl the root of Zoom's REST API v2 for this account, including {@code /v2}
 */
public record ZoomAccessToken(
        UUID accountId,
        String platform,
        String zoomAccountId,
        String accessToken,
        Instant expiresAt,
        Set<String> scopes,
        String apiBaseUrl) {

    public ZoomAccessToken {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }

    /** Returns the value of the {@code Authorization} header for Zoom calls. */
    public String bearerHeader() {
        return "Bearer " + accessToken;
    }

    /** Leaves the token itself out, so that logging the record does not leak it (a unit test checks this). */
    @Override
    public String toString() {
        return "ZoomAccessToken[accountId=" + accountId + ", zoomAccountId=" + zoomAccountId
                + ", expiresAt=" + expiresAt + ", apiBaseUrl=" + apiBaseUrl + "]";
    }
}
