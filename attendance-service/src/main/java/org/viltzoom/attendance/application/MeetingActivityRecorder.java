package org.viltzoom.attendance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.viltzoom.attendance.application.port.out.MeetingActivity;
import org.viltzoom.attendance.application.port.out.ParticipantReport;
import org.viltzoom.attendance.application.port.out.Reconciliations;

/**
 * Stores what Zoom reports about meeting instances and participants, then lets the finalizer
 * publish the attendance: first when an instance ends, later whenever a result changes. An
 * instance's end also schedules its reconciliation against Zoom's participant report.
 */
@ApplicationScoped
public class MeetingActivityRecorder {

    @Inject
    MeetingActivity activity;

    @Inject
    AttendanceFinalizer finalizer;

    @Inject
    Reconciliations reconciliations;

    @Inject
    ReconciliationSettings reconciliationSettings;

    @Inject
    Clock clock;

    public void started(String meetingUuid, long zoomMeetingId, String hostZoomUserId, Instant start) {
        activity.recordStarted(meetingUuid, zoomMeetingId, hostZoomUserId, start);
        finalizer.refresh(zoomMeetingId, false);
    }

    public void ended(String meetingUuid, long zoomMeetingId, String hostZoomUserId, Instant startTime, Instant end) {
        activity.recordEnded(meetingUuid, zoomMeetingId, hostZoomUserId, startTime, end);
        reconciliations.schedule(meetingUuid, zoomMeetingId, clock.instant().plus(reconciliationSettings.firstDelay()));
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
