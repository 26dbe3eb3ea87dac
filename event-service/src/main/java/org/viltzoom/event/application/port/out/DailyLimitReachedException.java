package org.viltzoom.event.application.port.out;

import java.time.Instant;

/** Zoom refused a write because the host's daily meeting create/update limit is spent. */
public class DailyLimitReachedException extends RuntimeException {

    private final Instant resetAt;

    public DailyLimitReachedException(String hostZoomUserId, Instant resetAt) {
        super(hostZoomUserId == null
                ? "Zoom answered with its daily limit; it resets at " + resetAt
                : "The daily Zoom meeting write limit of host " + hostZoomUserId + " is reached; it resets at " + resetAt);
        this.resetAt = resetAt;
    }

    public Instant resetAt() {
        return resetAt;
    }
}
