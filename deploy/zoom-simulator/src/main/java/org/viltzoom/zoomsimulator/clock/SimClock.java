package org.viltzoom.zoomsimulator.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The simulator's clock. It follows the system clock until a test sets it. From then on it
 * is frozen and moves only when advanced. Rate-limit windows, token lifetimes, report
 * delays, webhook retries and playback all read this clock.
 */
public class SimClock extends Clock {

    private final Clock system;
    private Instant frozenAt;

    public SimClock(Clock system) {
        this.system = system;
    }

    @Override
    public synchronized Instant instant() {
        return frozenAt != null ? frozenAt : system.instant();
    }

    /** Freezes the clock at the given instant. */
    public synchronized void set(Instant instant) {
        frozenAt = instant;
    }

    /** Moves a frozen clock forward; a running clock is frozen at now plus the duration. */
    public synchronized Instant advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("Cannot move the clock backwards by " + duration);
        }
        frozenAt = instant().plus(duration);
        return frozenAt;
    }

    public synchronized boolean isFrozen() {
        return frozenAt != null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The simulator clock is always UTC");
    }
}
