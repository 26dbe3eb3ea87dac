package org.viltzoom.event.application;

import java.time.Duration;

/** The delay before the next try of a queued Zoom delete: the first delay, doubled per failed attempt, at most one hour. */
final class DeletionBackoff {

    private static final Duration MAX_DELAY = Duration.ofHours(1);

    private DeletionBackoff() {
    }

    static Duration after(int attempts, Duration firstDelay) {
        Duration delay = firstDelay.multipliedBy(1L << Math.min(attempts, 10));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }
}
