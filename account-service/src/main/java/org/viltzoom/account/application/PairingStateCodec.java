package org.viltzoom.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The OAuth {@code state}: a random nonce and its HMAC-SHA256, {@code <nonce>.<mac>} in base64url.
 * The signature rejects forged states before any database lookup; the nonce, stored with its
 * account and expiry, makes each state single-use.
 */
@ApplicationScoped
public class PairingStateCodec {

    private static final int NONCE_BYTES = 32;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    @Inject
    PairingStateCodec(AccountSettings settings) {
        byte[] keyBytes = Base64.getDecoder().decode(settings.stateSigningKey());
        if (keyBytes.length < 32) {
            throw new IllegalArgumentException("vilt.account.state-signing-key must be at least 32 bytes, base64-encoded");
        }
        this.key = new SecretKeySpec(keyBytes, "HmacSHA256");
    }

    public String newNonce() {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        return ENCODER.encodeToString(nonce);
    }

    public String sign(String nonce) {
        return nonce + "." + ENCODER.encodeToString(mac(nonce));
    }

    /** Returns the nonce of a state this service signed, or empty for anything else. */
    public Optional<String> verify(String state) {
        if (state == null) {
            return Optional.empty();
        }
        int dot = state.indexOf('.');
        if (dot <= 0 || dot != state.lastIndexOf('.')) {
            return Optional.empty();
        }

        String nonce = state.substring(0, dot);
        byte[] presented;
        try {
            presented = DECODER.decode(state.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return MessageDigest.isEqual(mac(nonce), presented) ? Optional.of(nonce) : Optional.empty();
    }

    private byte[] mac(String nonce) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(nonce.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
