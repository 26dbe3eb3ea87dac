package org.viltzoom.account.domain;

import java.time.Instant;
import java.util.Set;

/**
 * A successful answer of Zoom's token endpoint. {@code toString} never shows a token.
 *
 * @param refreshToken null for Server-to-Server tokens
 * @param apiBaseUrl Zoom's {@code api_url}, or null when Zoom sent none
 */
public record TokenGrant(String accessToken, String refreshToken, Instant expiresAt, Set<String> scopes,
                         String apiBaseUrl) {

    public TokenGrant {
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }

    @Override
    public String toString() {
        return "TokenGrant[expiresAt=" + expiresAt + ", scopes=" + scopes + "]";
    }
}
