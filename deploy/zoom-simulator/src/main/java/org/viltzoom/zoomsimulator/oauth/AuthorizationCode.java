package org.viltzoom.zoomsimulator.oauth;

import java.time.Instant;

/** A code issued by /oauth/authorize; single use, and valid for five minutes by default. */
public record AuthorizationCode(
        String code, String appId, String userId, String redirectUri, String codeChallenge, Instant expiresAt) {
}
