package org.viltzoom.attendance.application.port.in;

import java.util.concurrent.CompletionStage;

/**
 * Zoom's webhook: verifies a notification and stores it durably before Zoom gets its 2xx, so
 * that no acknowledged notification can be lost.
 */
public interface AcceptZoomNotifications {

    /** The result of one delivery, which decides the HTTP response to Zoom. */
    sealed interface Outcome {
    }

    /** The notification is on {@code zoom.notifications.v1}, so the response is 204. */
    record Stored() implements Outcome {
    }

    /** Zoom's {@code endpoint.url_validation} challenge and its response values. */
    record Validated(String plainToken, String encryptedToken) implements Outcome {
    }

    /** No Zoom app with this id is known, so the response is 404. */
    record UnknownApp() implements Outcome {
    }

    /** The request is not an authentic, current Zoom notification. */
    record Rejected(Reason reason) implements Outcome {
    }

    /** The notification could not be stored, so the response is 503 and Zoom retries. */
    record Unavailable(String cause) implements Outcome {
    }

    /** The reason a request was rejected. */
    enum Reason {
        MISSING_SIGNATURE,
        MALFORMED_TIMESTAMP,
        STALE_TIMESTAMP,
        INVALID_SIGNATURE,
        MALFORMED_BODY,
        BODY_TOO_LARGE
    }

    /**
     * Verifies and stores one delivery.
     *
     * @param timestamp the {@code x-zm-request-timestamp} header, Unix seconds, or null
     * @param signature the {@code x-zm-signature} header, {@code v0=<hex>}, or null
     * @param body the raw request body; the signature covers these exact bytes
     */
    CompletionStage<Outcome> accept(String appId, String timestamp, String signature, byte[] body);
}
