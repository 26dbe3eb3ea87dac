package org.viltzoom.attendance.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One run of a Zoom meeting, identified by its instance UUID. Its actual length, from its start
 * to its end in Zoom, is what attendance percentages are relative to; Zoom's own
 * {@code duration} field can be 0 and is never used.
 */
public record MeetingInstance(String uuid, Instant start, Instant end) {

    public MeetingInstance {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("meeting instance " + uuid + " ends at " + end + " before its start " + start);
        }
    }

    public Duration actualLength() {
        return Duration.between(start, end);
    }

    public TimeInterval span() {
        return new TimeInterval(start, end);
    }
}
