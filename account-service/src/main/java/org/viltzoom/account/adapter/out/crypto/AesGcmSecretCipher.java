package org.viltzoom.account.adapter.out.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.viltzoom.account.application.AccountSettings;

/**
 * AES-256-GCM for secrets at rest. The associated data binds each ciphertext to its account, so
 * a ciphertext copied to another account's row fails to decrypt. Format:
 * {@code v1:<base64 of 12-byte IV, ciphertext and 16-byte tag>}; the prefix leaves room for key rotation.
 */
@ApplicationScoped
public class AesGcmSecretCipher {

    private static final String FORMAT_PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    @Inject
    AesGcmSecretCipher(AccountSettings settings) {
        byte[] keyBytes;
        try {
            keyBytes = Base64.getDecoder().decode(settings.encryptionKey());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("vilt.account.encryption-key is not base64", e);
        }
        if (keyBytes.length != 32) {
            throw new IllegalArgumentException("vilt.account.encryption-key must be 32 bytes (AES-256), base64-encoded; it is "
                    + keyBytes.length + " bytes");
        }
        this.key = new SecretKeySpec(keyBytes, "AES");
    }

    /** Returns null for null, so optional secrets stay absent. */
    public String encrypt(String plaintext, String associatedData) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] ciphertext = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return FORMAT_PREFIX + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(iv.length + ciphertext.length).put(iv).put(ciphertext).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encrypting a secret failed", e);
        }
    }

    /**
     * Decrypts a value written by {@link #encrypt}.
     *
     * @throws IllegalStateException if the value was altered, moved to another account or written with another key
     */
    public String decrypt(String stored, String associatedData) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(FORMAT_PREFIX)) {
            throw new IllegalStateException("Stored secret has an unknown format");
        }
        try {
            byte[] data = Base64.getDecoder().decode(stored.substring(FORMAT_PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, data, 0, IV_BYTES));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] plaintext = cipher.doFinal(data, IV_BYTES, data.length - IV_BYTES);
            return new String(plaintext, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Stored secret cannot be decrypted: wrong key, altered value or another account's value");
        }
    }
}
