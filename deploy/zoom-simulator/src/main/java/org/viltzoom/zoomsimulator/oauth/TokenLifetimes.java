package org.viltzoom.zoomsimulator.oauth;

import java.time.Duration;

/**
 * Lifetimes of OAuth artifacts. Defaults follow Zoom docs (OAuth > Using OAuth 2.0): codes live
 * five minutes and access tokens one hour. Zoom documents the refresh token's lifetime
 * inconsistently (90 days and 15 years), so the simulator takes 90 days unless told otherwise.
 */
public class TokenLifetimes {
    public Duration authorizationCode = Duration.ofMinutes(5);
    public Duration accessToken = Duration.ofSeconds(3599);
    public Duration refreshToken = Duration.ofDays(90);
    /**
     * Revokes the previous Server-to-Server token on each new one, as older integrations saw.
     * By default several tokens are valid at once, as Zoom behaves now.
     */
    public boolean serverToServerSingleToken = false;
}
