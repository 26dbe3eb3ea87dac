package org.viltzoom.attendance.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Zoom's webhook signature (Zoom docs: Using webhooks > Verify webhook events):
 * {@code v0=} + hex HMAC-SHA256, keyed by the app's secret token, over
 * {@code v0:<timestamp>:<raw body>}. The body is used as received: re-serialized JSON would
 * not match.
 */
final class WebhookSignature {

    private static final String VERSION_PREFIX = "v0=";

    private WebhookSignature() {
    }

    static boolean matches(String secretToken, String timestamp, byte[] body, String presented) {
        if (presented == null || !presented.startsWith(VERSION_PREFIX)) {
            return false;
        }
        byte[] expected = hmac(secretToken, concat(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8), body));
        byte[] given;
        try {
            given = HexFormat.of().parseHex(presented.substring(VERSION_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(expected, given);
    }

    /** Returns the {@code encryptedToken} of Zoom's URL validation: hex HMAC-SHA256 of the plain token. */
    static String encryptToken(String secretToken, String plainToken) {
        return HexFormat.of().formatHex(hmac(secretToken, plainToken.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] hmac(String secretToken, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secretToken.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static byte[] concat(byte[] prefix, byte[] body) {
        byte[] message = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, message, 0, prefix.length);
        System.arraycopy(body, 0, message, prefix.length, body.length);
        return message;
    }
}
