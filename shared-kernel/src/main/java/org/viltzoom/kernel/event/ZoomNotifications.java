package org.viltzoom.kernel.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The record format of {@link Topics#ZOOM_NOTIFICATIONS}. The value is the notification body
 * exactly as Zoom sent it, the key is {@code payload.account_id}, and headers name the Zoom app
 * and the time of receipt.
 */
public final class ZoomNotifications {

    /** The Zoom app whose webhook received the notification (its OAuth client id). */
    public static final String APP_ID_HEADER = "vilt-zoom-app-id";

    /** When the webhook endpoint received it, ISO-8601 UTC. */
    public static final String RECEIVED_AT_HEADER = "vilt-received-at";

    private ZoomNotifications() {
    }

    /**
     * Returns the deduplication key of a notification. Zoom repeats a notification byte for byte when it
     * retries a delivery but sends no stable delivery id, so the key is the body's SHA-256.
     */
    public static String contentId(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
