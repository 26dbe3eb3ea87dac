package org.viltzoom.account.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Set;

/** Settings of account-service. The keys are secrets: set them from a Kubernetes Secret. */
@ConfigMapping(prefix = "vilt.account")
public interface AccountSettings {

    /** AES-256 key for tokens and client secrets at rest, base64 of 32 random bytes. */
    String encryptionKey();

    /** HMAC key that signs the OAuth {@code state}, base64 of at least 32 random bytes. */
    String stateSigningKey();

    /** How long an administrator has to finish the consent in Zoom. */
    @WithDefault("10m")
    Duration pairingTimeout();

    /** A cached access token is replaced this long before Zoom's expiry. */
    @WithDefault("5m")
    Duration tokenRefreshMargin();

    /**
     * Scopes every token must carry. The defaults are Zoom's classic admin scopes; apps with
     * granular scopes list theirs here.
     */
    @WithDefault("user:read:admin,meeting:read:admin,meeting:write:admin,webinar:read:admin,webinar:write:admin,report:read:admin,recording:read:admin")
    Set<String> requiredScopes();

    /** How often every paired account's credentials are checked against Zoom. */
    @WithDefault("1h")
    Duration pairingCheckInterval();
}
