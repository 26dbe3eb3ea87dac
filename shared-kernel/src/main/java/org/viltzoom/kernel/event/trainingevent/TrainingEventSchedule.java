package org.viltzoom.kernel.event.trainingevent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What other services need to know of a scheduled training event. Times are instants; the IANA
 * time zone is the one the event was planned in.
 *
 * @param breakStart null when the event has no break
 * @param breakEnd null when the event has no break
 * @param hostEmail the email of the host's Zoom user; hosts and alternative hosts are not learners
 * @param alternativeHostEmails the Zoom emails of the alternative hosts
 */
public record TrainingEventSchedule(
        UUID trainingEventId,
        UUID accountId,
        String courseId,
        String iltSessionId,
        String name,
        TrainingEventKind kind,
        Instant start,
        Instant end,
        Instant breakStart,
        Instant breakEnd,
        String timeZone,
        UUID hostId,
        String hostEmail,
        List<String> alternativeHostEmails,
        List<String> instructorLmsUserIds,
        AttendanceRule attendanceRule) {

    public TrainingEventSchedule {
        alternativeHostEmails = alternativeHostEmails == null ? List.of() : List.copyOf(alternativeHostEmails);
        instructorLmsUserIds = instructorLmsUserIds == null ? List.of() : List.copyOf(instructorLmsUserIds);
    }
}
