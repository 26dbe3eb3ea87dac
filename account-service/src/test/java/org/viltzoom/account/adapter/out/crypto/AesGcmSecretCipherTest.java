package org.viltzoom.account.adapter.out.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.viltzoom.account.application.AccountSettings;

class AesGcmSecretCipherTest {

    private static AccountSettings settingsWithKey(String key) {
        return new AccountSettings() {
            public String encryptionKey() {
                return key;
            }

            public String stateSigningKey() {
                return key;
            }

            public Duration pairingTimeout() {
                return Duration.ofMinutes(10);
            }

            public Duration tokenRefreshMargin() {
                return Duration.ofMinutes(5);
            }

            public Set<String> requiredScopes() {
                return Set.of();
            }

            public Duration pairingCheckInterval() {
                return Duration.ofHours(1);
            }
        };
    }

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private final AesGcmSecretCipher cipher = new AesGcmSecretCipher(settingsWithKey(KEY));

    @Test
    void roundTripsAndHidesThePlaintext() {
        String stored = cipher.encrypt("refresh-token-R1", "account-1");

        assertThat(stored).startsWith("v1:").doesNotContain("refresh-token-R1");
        assertThat(cipher.decrypt(stored, "account-1")).isEqualTo("refresh-token-R1");
    }

    @Test
    void sameSecretEncryptsDifferentlyEachTime() {
        assertThat(cipher.encrypt("s", "a")).isNotEqualTo(cipher.encrypt("s", "a"));
    }

    @Test
    void ciphertextOfAnotherAccountDoesNotDecrypt() {
        String stored = cipher.encrypt("refresh-token-R1", "account-1");

        assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt(stored, "account-2"));
    }

    @Test
    void alteredCiphertextDoesNotDecrypt() {
        String stored = cipher.encrypt("refresh-token-R1", "account-1");
        char[] chars = stored.toCharArray();
        chars[10] = chars[10] == 'A' ? 'B' : 'A';

        assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt(new String(chars), "account-1"));
    }

    @Test
    void nullStaysNull() {
        assertThat(cipher.encrypt(null, "a")).isNull();
        assertThat(cipher.decrypt(null, "a")).isNull();
    }

    @Test
    void keyMustBe32Bytes() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatIllegalArgumentException().isThrownBy(() -> new AesGcmSecretCipher(settingsWithKey(shortKey)))
                .withMessageContaining("32 bytes");
    }
}
