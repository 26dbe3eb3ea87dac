package org.viltzoom.attendance.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * Exponential backoff with a cap and a bounded number of attempts: the wait after attempt n is
 * {@code firstBackoff * 2^(n-1)}, at most {@code maxBackoff}.
 *
 * @param maxAttempts attempts in total, the first one included
 */
public record RetrySchedule(Duration firstBackoff, Duration maxBackoff, int maxAttempts) {

    public RetrySchedule {
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("backoffs must satisfy 0 <= firstBackoff <= maxBackoff");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
    }

    /** Returns the wait after the given attempt, counted from 1. */
    public Duration backoffAfter(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts are counted from 1, was " + attempt);
        }
        Duration backoff = firstBackoff;
        for (int i = 1; i < attempt && backoff.compareTo(maxBackoff) < 0; i++) {
            backoff = backoff.multipliedBy(2);
        }
        return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
    }

    /** True when no attempt is left after the given one. */
    public boolean isExhaustedAfter(int attempt) {
        return attempt >= maxAttempts;
    }
}
