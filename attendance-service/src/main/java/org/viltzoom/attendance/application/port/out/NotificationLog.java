package org.viltzoom.attendance.application.port.out;

import java.time.Instant;
import java.util.concurrent.CompletionStage;

/** The durable log of verified Zoom notifications that every service consumes. */
public interface NotificationLog {

    /**
     * Appends the body unchanged. The stage completes once the log acknowledged it, and fails
     * when it could not.
     *
     * @param zoomAccountId the partition key; null when the body has no {@code payload.account_id}
     */
    CompletionStage<Void> append(String appId, String zoomAccountId, byte[] body, Instant receivedAt);
}
