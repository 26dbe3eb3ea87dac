package org.viltzoom.zoomsimulator.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Zoom's webhook signatures (Zoom docs: Webhooks > Verify with Zoom's header):
 * {@code x-zm-signature = "v0=" + hex(HMAC-SHA256(secret token, "v0:" + timestamp + ":" + raw body))},
 * and the URL validation response field {@code encryptedToken = hex(HMAC-SHA256(secret token, plainToken))}.
 */
public final class WebhookSignature {

    private WebhookSignature() {
    }

    public static String sign(String secretToken, long timestampSeconds, byte[] rawBody) {
        byte[] prefix = ("v0:" + timestampSeconds + ":").getBytes(StandardCharsets.UTF_8);
        byte[] message = new byte[prefix.length + rawBody.length];
        System.arraycopy(prefix, 0, message, 0, prefix.length);
        System.arraycopy(rawBody, 0, message, prefix.length, rawBody.length);
        return "v0=" + hmacHex(secretToken, message);
    }

    public static String encryptedToken(String secretToken, String plainToken) {
        return hmacHex(secretToken, plainToken.getBytes(StandardCharsets.UTF_8));
    }

    public static String hmacHex(String key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(message);
            StringBuilder hex = new StringBuilder(digest.length * 2);
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
