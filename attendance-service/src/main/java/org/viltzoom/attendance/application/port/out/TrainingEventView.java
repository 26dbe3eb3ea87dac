package org.viltzoom.attendance.application.port.out;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.viltzoom.kernel.domain.PlatformId;
import org.viltzoom.kernel.event.trainingevent.AttendanceRule;

/**
 * A training event as the read model stores it.
 *
 * @param accountId the paired Zoom account, for Zoom calls; null for events stored before it was kept
 * @param zoomMeetingIds the current and every former Zoom meeting id of the event
 * @param attendanceRule null when the schedule carried none
 * @param learners the enrolled learners, ordered by LMS user id
 */
public record TrainingEventView(
        UUID id,
        PlatformId platform,
        UUID accountId,
        Set<Long> zoomMeetingIds,
        String hostEmail,
        List<String> alternativeHostEmails,
        AttendanceRule attendanceRule,
        boolean cancelled,
        List<Enrollment> learners) {

    public TrainingEventView {
        zoomMeetingIds = Set.copyOf(zoomMeetingIds);
        alternativeHostEmails = List.copyOf(alternativeHostEmails);
        learners = List.copyOf(learners);
    }

    /** One enrolled learner, whose {@code email} and {@code registrantId} may be null. */
    public record Enrollment(String lmsUserId, String email, String registrantId) {
    }
}
