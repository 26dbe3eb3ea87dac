package org.viltzoom.attendance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.viltzoom.attendance.application.port.out.MeetingActivity;
import org.viltzoom.attendance.application.port.out.ParticipantReport;

/**
 * Stores what Zoom reports about meeting instances and participants, then lets the finalizer
 * publish the attendance: first when an instance ends, later whenever a result changes.
 */
@ApplicationScoped
public class MeetingActivityRecorder {

    @Inject
    MeetingActivity activity;

    @Inject
    AttendanceFinalizer finalizer;

    public void started(String meetingUuid, long zoomMeetingId, String hostZoomUserId, Instant start) {
        activity.recordStarted(meetingUuid, zoomMeetingId, hostZoomUserId, start);
        finalizer.refresh(zoomMeetingId, false);
    }

    public void ended(String meetingUuid, long zoomMeetingId, String hostZoomUserId, Instant startTime, Instant end) {
        activity.recordEnded(meetingUuid, zoomMeetingId, hostZoomUserId, startTime, end);
        finalizer.refresh(zoomMeetingId, true);
    }

    public void joined(ParticipantReport report) {
        activity.recordJoin(report);
        finalizer.refresh(report.zoomMeetingId(), false);
    }

    public void left(ParticipantReport report) {
        activity.recordLeave(report);
        finalizer.refresh(report.zoomMeetingId(), false);
    }
}
