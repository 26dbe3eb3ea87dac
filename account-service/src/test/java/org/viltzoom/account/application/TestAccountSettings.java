package org.viltzoom.account.application;

import java.time.Duration;
import java.util.Base64;
import java.util.Set;

/** Settings for unit tests of classes that need keys but no running application. */
public record TestAccountSettings(String encryptionKey, String stateSigningKey) implements AccountSettings {

    /** Both keys are {@code length} bytes of {@code fill}, base64-encoded. */
    public static TestAccountSettings withKeyBytes(int length, byte fill) {
        byte[] key = new byte[length];
        java.util.Arrays.fill(key, fill);
        String encoded = Base64.getEncoder().encodeToString(key);
        return new TestAccountSettings(encoded, encoded);
    }

    @Override
    public Duration pairingTimeout() {
        return Duration.ofMinutes(10);
    }

    @Override
    public Duration tokenRefreshMargin() {
        return Duration.ofMinutes(5);
    }

    @Override
    public Set<String> requiredScopes() {
        return Set.of();
    }

    @Override
    public Duration pairingCheckInterval() {
        return Duration.ofHours(1);
    }
}
