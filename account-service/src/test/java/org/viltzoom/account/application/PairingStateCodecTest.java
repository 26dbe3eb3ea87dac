package org.viltzoom.account.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PairingStateCodecTest {

    private static PairingStateCodec codec(byte fill) {
        return new PairingStateCodec(TestAccountSettings.withKeyBytes(32, fill));
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
