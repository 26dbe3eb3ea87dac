package org.viltzoom.attendance.application.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * One connection as Zoom's participant report lists it. Blank strings are already null.
 *
 * @param participantUuid the connection's {@code participant_uuid} when the report has one
 * @param userId Zoom's {@code user_id}, the same value the connection's notifications carried
 * @param zoomUserId Zoom's {@code id}, the Zoom user id of a signed-in user
 * @param leaveTime the leave, or the meeting's end for a connection still open when it ended
 */
public record ReportedParticipant(
        String participantUuid,
        String userId,
        String zoomUserId,
        Instant joinTime,
        Instant leaveTime,
        String email,
        String registrantId,
        String customerKey,
        String name) {

    public ReportedParticipant {
        Objects.requireNonNull(joinTime, "joinTime");
        if (participantUuid == null && userId == null) {
            throw new IllegalArgumentException("a reported participant needs participant_uuid or user_id");
        }
    }
}
