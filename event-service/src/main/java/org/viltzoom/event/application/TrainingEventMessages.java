package org.viltzoom.event.application;

import java.util.UUID;
import org.viltzoom.event.domain.AttendanceRequirement;
import org.viltzoom.event.domain.EventDetails;
import org.viltzoom.event.domain.EventKind;
import org.viltzoom.event.domain.TrainingEvent;
import org.viltzoom.event.domain.ZoomMeeting;
import org.viltzoom.kernel.event.trainingevent.AttendanceRule;
import org.viltzoom.kernel.event.trainingevent.TrainingEventKind;
import org.viltzoom.kernel.event.trainingevent.TrainingEventSchedule;
import org.viltzoom.kernel.event.trainingevent.ZoomMeetingRef;

/** Translates training events into the payloads of the suite's domain events. */
final class TrainingEventMessages {

    private TrainingEventMessages() {
    }

    static TrainingEventSchedule schedule(TrainingEvent event, String hostEmail) {
        EventDetails details = event.details();
        return new TrainingEventSchedule(
                event.id(),
                details.accountId(),
                details.courseId(),
                details.iltSessionId(),
                details.name(),
                details.kind() == EventKind.WEBINAR ? TrainingEventKind.WEBINAR : TrainingEventKind.MEETING,
                details.times().startInstant(),
                details.times().endInstant(),
                details.times().breakStartInstant(),
                details.times().breakEndInstant(),
                details.times().timeZone(),
                details.hostId(),
                hostEmail,
                details.alternativeHosts(),
                details.instructorLmsUserIds(),
                attendanceRule(details.attendance()));
    }

    static ZoomMeetingRef ref(ZoomMeeting meeting) {
        return new ZoomMeetingRef(meeting.meetingId(), meeting.joinUrl());
    }

    static UUID id(TrainingEvent event) {
        return event.id();
    }

    private static AttendanceRule attendanceRule(AttendanceRequirement requirement) {
        return requirement.mode() == AttendanceRequirement.Mode.PERCENTAGE
                ? new AttendanceRule(AttendanceRule.Mode.PERCENTAGE, requirement.percentage())
                : new AttendanceRule(AttendanceRule.Mode.ON_JOIN, null);
    }
}
