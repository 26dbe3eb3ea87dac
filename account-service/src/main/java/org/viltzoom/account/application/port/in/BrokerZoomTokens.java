package org.viltzoom.account.application.port.in;

import java.time.Instant;
import java.util.Set;
import org.viltzoom.kernel.domain.AccountId;

/** Short-lived Zoom access tokens for the other services; only account-service stores credentials. */
public interface BrokerZoomTokens {

    /** An access token; {@code toString} hides it. */
    record AccessToken(AccountId accountId, String platform, String zoomAccountId, String accessToken,
                       Instant expiresAt, Set<String> scopes, String apiBaseUrl) {

        @Override
        public String toString() {
            return "AccessToken[accountId=" + accountId + ", expiresAt=" + expiresAt + "]";
        }
    }

    /**
     * Returns a token valid for at least the configured margin, refreshing it when needed.
     * Concurrent callers for one account share a single refresh.
     *
     * @param rejectedAccessToken a token for which Zoom just returned 401 code 124, or null; the
     *     broker then replaces it unless another caller already did
     */
    AccessToken accessToken(AccountId id, String rejectedAccessToken);
}
