package org.viltzoom.account.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PairingStateCodecTest {

    private static PairingStateCodec codec(byte fill) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, fill);
        String encoded = Base64.getEncoder().encodeToString(key);
        return new PairingStateCodec(new AccountSettings() {
            public String encryptionKey() {
                return encoded;
            }

            public String stateSigningKey() {
                return encoded;
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
        });
    }

    private final PairingStateCodec codec = codec((byte) 1);

    @Test
    void signedStateVerifiesToItsNonce() {
        String nonce = codec.newNonce();

        assertThat(codec.verify(codec.sign(nonce))).contains(nonce);
    }

    @Test
    void stateSignedWithAnotherKeyIsRejected() {
        String nonce = codec.newNonce();

        assertThat(codec.verify(codec((byte) 2).sign(nonce))).isEmpty();
    }

    @Test
    void alteredOrMalformedStatesAreRejected() {
        String state = codec.sign(codec.newNonce());

        assertThat(codec.verify("x" + state)).isEmpty();
        assertThat(codec.verify(state + "x")).isEmpty();
        assertThat(codec.verify("no-dot")).isEmpty();
        assertThat(codec.verify("a.b.c")).isEmpty();
        assertThat(codec.verify("nonce.!!!")).isEmpty();
        assertThat(codec.verify(null)).isEmpty();
    }

    @Test
    void noncesDoNotRepeat() {
        assertThat(codec.newNonce()).isNotEqualTo(codec.newNonce());
    }
}
