package org.viltzoom.attendance.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A half-open span of time {@code [start, end)}; an end before the start is treated as empty. */
public record TimeInterval(Instant start, Instant end) {

    public TimeInterval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public Duration length() {
        return end.isAfter(start) ? Duration.between(start, end) : Duration.ZERO;
    }

    public boolean isEmpty() {
        return !end.isAfter(start);
    }

    /** Returns the part of this interval inside {@code bounds}, or empty when they do not overlap. */
    public Optional<TimeInterval> clippedTo(TimeInterval bounds) {
        Instant clippedStart = start.isAfter(bounds.start) ? start : bounds.start;
        Instant clippedEnd = end.isBefore(bounds.end) ? end : bounds.end;
        return clippedEnd.isAfter(clippedStart)
                ? Optional.of(new TimeInterval(clippedStart, clippedEnd))
                : Optional.empty();
    }
}
