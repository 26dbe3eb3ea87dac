package org.viltzoom.zoomsimulator.oauth;

import java.time.Instant;
import java.util.List;

/** An access token and what it grants: app, account, authorizing user and scopes. */
public class TokenGrant {
    public final String token;
    public final String appId;
    public final String accountId;
    /** Null for Server-to-Server tokens, which act for the account rather than a user. */
    public final String userId;
    public final List<String> scopes;
    public final Instant expiresAt;
    public boolean revoked;

    public TokenGrant(String token, String appId, String accountId, String userId, List<String> scopes, Instant expiresAt) {
        this.token = token;
        this.appId = appId;
        this.accountId = accountId;
        this.userId = userId;
        this.scopes = List.copyOf(scopes);
        this.expiresAt = expiresAt;
    }

    public boolean isValidAt(Instant now) {
        return !revoked && now.isBefore(expiresAt);
    }
}
