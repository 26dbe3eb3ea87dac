package org.viltzoom.zoomsimulator.oauth;

import java.time.Instant;
import java.util.List;

/** A refresh token. Zoom rotates refresh tokens, so each one can be used once. */
public class RefreshGrant {

    public enum State { ACTIVE, USED, REVOKED }

    public final String token;
    public final String appId;
    public final String accountId;
    public final String userId;
    public final List<String> scopes;
    public final Instant expiresAt;
    public State state = State.ACTIVE;

    public RefreshGrant(String token, String appId, String accountId, String userId, List<String> scopes, Instant expiresAt) {
        this.token = token;
        this.appId = appId;
        this.accountId = accountId;
        this.userId = userId;
        this.scopes = List.copyOf(scopes);
        this.expiresAt = expiresAt;
    }
}
