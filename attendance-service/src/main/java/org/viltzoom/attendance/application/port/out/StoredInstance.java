package org.viltzoom.attendance.application.port.out;

import java.time.Instant;

/**
 * A meeting instance as stored.
 *
 * @param start from {@code meeting.started}, else {@code meeting.ended}'s start time, else the
 *     earliest join, or null when none is known
 * @param end null until {@code meeting.ended} arrived
 */
public record StoredInstance(String uuid, long zoomMeetingId, String hostZoomUserId, Instant start, Instant end) {

    public boolean hasEnded() {
        return start != null && end != null && !end.isBefore(start);
    }
}
