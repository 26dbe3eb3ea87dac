package org.viltzoom.attendance.application.port.out;

import java.time.Instant;

/**
 * One join or leave of a participant as Zoom reported it. Blank strings are already null.
 *
 * @param participantUuid Zoom's {@code participant_uuid}, one per connection, or null when Zoom left it out
 * @param userId Zoom's {@code participant.user_id}, which changes on every rejoin
 * @param zoomUserId Zoom's {@code participant.id}, the Zoom user id of a signed-in user
 * @param time the join time of a join, the leave time of a leave
 */
public record ParticipantReport(
        String meetingUuid,
        long zoomMeetingId,
        String participantUuid,
        String userId,
        String zoomUserId,
        Instant time,
        String email,
        String registrantId,
        String customerKey,
        String name) {
}
