package org.viltzoom.event.application.exception;

import java.time.Instant;

/** A new meeting cannot be created today: the host's daily Zoom write limit is spent. */
public class DailyLimitException extends RuntimeException {

    private final Instant resetAt;

    public DailyLimitException(String hostEmail, int limit, Instant resetAt) {
        super("Host " + hostEmail + " has used its " + limit + " Zoom meeting writes for today; the limit resets at "
                + resetAt + " (00:00 UTC).");
        this.resetAt = resetAt;
    }

    public Instant resetAt() {
        return resetAt;
    }
}
