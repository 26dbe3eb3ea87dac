package org.viltzoom.event.application.port.out;

import java.time.LocalDateTime;
import java.util.List;
import org.viltzoom.event.domain.EventKind;

/**
 * A scheduled Zoom meeting or webinar to create. The start is local time in {@code timeZone}, so
 * Zoom reads it in that zone without any UTC conversion on the way.
 *
 * @param registrationRequired Zoom {@code approval_type} 0 (automatic approval) when true, 2 (none) when false
 * @param authenticationOption the Zoom authentication profile, or null for Zoom's default
 * @param passcode null lets Zoom apply the host's setting
 */
public record MeetingRequest(
        EventKind kind,
        String hostZoomUserId,
        String topic,
        String agenda,
        LocalDateTime start,
        String timeZone,
        long durationMinutes,
        String templateId,
        List<String> alternativeHostEmails,
        boolean registrationRequired,
        boolean authenticationRequired,
        String authenticationOption,
        String passcode) {

    public MeetingRequest {
        alternativeHostEmails = alternativeHostEmails == null ? List.of() : List.copyOf(alternativeHostEmails);
    }

    @Override
    public String toString() {
        return "MeetingRequest[kind=" + kind + ", hostZoomUserId=" + hostZoomUserId + ", start=" + start
                + ", timeZone=" + timeZone + ", durationMinutes=" + durationMinutes + "]";
    }
}
