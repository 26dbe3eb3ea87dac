package org.viltzoom.host.application.port.out;

import java.time.Instant;

/**
 * Zoom or the token broker returned no usable response, after the adapter's own retries. The state of
 * the host is unknown, so callers keep it and check again at {@link #retryAfter()}.
 */
public class ZoomUnavailableException extends RuntimeException {

    private final Instant retryAfter;
    private final boolean dailyLimit;

    public ZoomUnavailableException(String message, Instant retryAfter, boolean dailyLimit, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
        this.dailyLimit = dailyLimit;
    }

    /** When a retry may succeed; never null. */
    public Instant retryAfter() {
        return retryAfter;
    }

    /** True when a Zoom daily limit was reached: no call of that kind succeeds before the reset. */
    public boolean isDailyLimit() {
        return dailyLimit;
    }
}
