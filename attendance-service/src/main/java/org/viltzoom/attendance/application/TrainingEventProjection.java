package org.viltzoom.attendance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import org.viltzoom.attendance.application.port.out.TrainingEventReadModel;
import org.viltzoom.kernel.domain.PlatformId;
import org.viltzoom.kernel.event.DomainEvent;
import org.viltzoom.kernel.event.EventEnvelope;
import org.viltzoom.kernel.event.trainingevent.LearnerEnrolled;
import org.viltzoom.kernel.event.trainingevent.LearnerUnenrolled;
import org.viltzoom.kernel.event.trainingevent.TrainingEventCancelled;
import org.viltzoom.kernel.event.trainingevent.TrainingEventReplaced;
import org.viltzoom.kernel.event.trainingevent.TrainingEventScheduled;

/**
 * Keeps the read model of training events and enrollments from event-service's domain events.
 * The two topics are independent, so a meeting may end before its training event or a late
 * enrollment arrives here. Each change therefore recomputes the attendance of meetings that
 * already ended.
 */
@ApplicationScoped
public class TrainingEventProjection {

    @Inject
    TrainingEventReadModel readModel;

    @Inject
    AttendanceFinalizer finalizer;

    @Inject
    Clock clock;

    /** Applies one envelope and ignores the types this service does not need. */
    public void apply(EventEnvelope<DomainEvent> envelope) {
        DomainEvent event = envelope.data();
        PlatformId platform = PlatformId.of(envelope.platform());

        if (event instanceof TrainingEventScheduled scheduled) {
            readModel.saveSchedule(platform, scheduled.schedule(), scheduled.meeting().meetingId(), clock.instant());
            finalizer.refresh(scheduled.meeting().meetingId(), true);
        } else if (event instanceof TrainingEventReplaced replaced) {
            readModel.saveSchedule(platform, replaced.schedule(), replaced.meeting().meetingId(), clock.instant());
            finalizer.refresh(replaced.meeting().meetingId(), true);
        } else if (event instanceof TrainingEventCancelled cancelled) {
            readModel.markCancelled(cancelled.trainingEventId(), clock.instant());
        } else if (event instanceof LearnerEnrolled enrolled) {
            readModel.enroll(platform, enrolled, envelope.time());
            refreshPublished(enrolled.trainingEventId());
        } else if (event instanceof LearnerUnenrolled unenrolled) {
            readModel.unenroll(unenrolled.trainingEventId(), unenrolled.lmsUserId());
            refreshPublished(unenrolled.trainingEventId());
        }
    }

    /** Updates a result that was already published; before the first one, nothing happens. */
    private void refreshPublished(UUID trainingEventId) {
        readModel.anyZoomMeetingIdOf(trainingEventId).ifPresent(meetingId -> finalizer.refresh(meetingId, false));
    }
}
