package org.viltzoom.account.application.exception;

import java.time.Instant;

/** Zoom could not be reached or asked to wait; the caller may retry after {@link #retryAfter()}. */
public class ZoomUnavailableException extends RuntimeException {

    private final transient Instant retryAfter;

    public ZoomUnavailableException(String message, Instant retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    public Instant retryAfter() {
        return retryAfter;
    }
}
