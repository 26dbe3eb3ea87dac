package org.viltzoom.account.adapter.out.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.viltzoom.account.application.TestAccountSettings;

class AesGcmSecretCipherTest {

    private final AesGcmSecretCipher cipher = new AesGcmSecretCipher(TestAccountSettings.withKeyBytes(32, (byte) 0));

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
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AesGcmSecretCipher(TestAccountSettings.withKeyBytes(16, (byte) 0)))
                .withMessageContaining("32 bytes");
    }
}
