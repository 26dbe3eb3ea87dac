package org.viltzoom.attendance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.viltzoom.attendance.application.port.out.DomainEvents;
import org.viltzoom.attendance.application.port.out.ErasedCredits;
import org.viltzoom.attendance.application.port.out.MeetingActivity;
import org.viltzoom.attendance.application.port.out.PublishedAttendance;
import org.viltzoom.attendance.application.port.out.PublishedAttendance.Published;
import org.viltzoom.attendance.application.port.out.StoredInstance;
import org.viltzoom.attendance.application.port.out.TrainingEventReadModel;
import org.viltzoom.attendance.application.port.out.TrainingEventView;
import org.viltzoom.attendance.domain.AttendanceResult;
import org.viltzoom.kernel.event.attendance.AttendanceFinalized;

/**
 * Computes the attendance of the training event behind a Zoom meeting and publishes
 * {@link AttendanceFinalized}: version 1 when a meeting instance ends, and a higher version
 * only when a later notification changes the result. The published result is stored for the
 * reports in the same transaction as the outbox row.
 */
@ApplicationScoped
public class AttendanceFinalizer {

    private static final Logger LOG = Logger.getLogger(AttendanceFinalizer.class);

    @Inject
    TrainingEventReadModel trainingEvents;

    @Inject
    MeetingActivity activity;

    @Inject
    PublishedAttendance publishedAttendance;

    @Inject
    ErasedCredits erasedCredits;

    @Inject
    DomainEvents domainEvents;

    @Inject
    Clock clock;

    /**
     * Recomputes the attendance of the event that has or had this meeting id.
     *
     * @param meetingEnded true for {@code meeting.ended}, which publishes the first version. Other
     *     notifications only update a result that was already published.
     */
    public void refresh(long zoomMeetingId, boolean meetingEnded) {
        // Before the first version only an end publishes, so a join or leave skips loading the
        // event's enrollments, which made every notification cost as much as the whole roster.
        if (!meetingEnded) {
            Optional<UUID> eventId = trainingEvents.idByZoomMeetingId(zoomMeetingId);
            if (eventId.isEmpty() || publishedAttendance.find(eventId.get()).isEmpty()) {
                return;
            }
        }
        Optional<TrainingEventView> found = trainingEvents.findByZoomMeetingId(zoomMeetingId);
        if (found.isEmpty()) {
            LOG.debugf("No training event has Zoom meeting %d; its notifications are stored only", zoomMeetingId);
            return;
        }
        TrainingEventView event = found.get();
        if (event.cancelled()) {
            LOG.infof("Skipped attendance of cancelled training event %s", event.id());
            return;
        }

        Optional<Published> previous = publishedAttendance.find(event.id());
        if (previous.isEmpty() && !meetingEnded) {
            return;
        }

        List<StoredInstance> ended = activity.instancesOf(event.zoomMeetingIds()).stream()
                .filter(StoredInstance::hasEnded)
                .toList();
        if (ended.isEmpty()) {
            return;
        }

        AttendanceResult result = compute(event, ended);
        AttendanceFinalized unversioned = AttendanceFinalizedMapping.toEvent(event.id(), 0, ended, result, null);
        String fingerprint = AttendanceFinalizedMapping.fingerprint(unversioned);
        if (previous.isPresent() && previous.get().fingerprint().equals(fingerprint)) {
            return;
        }

        int version = previous.map(published -> published.version() + 1).orElse(1);
        Instant finalizedAt = clock.instant();
        AttendanceFinalized finalized = AttendanceFinalizedMapping.toEvent(event.id(), version, ended, result, finalizedAt);
        domainEvents.publish(event.platform(), finalized);
        publishedAttendance.save(finalized, fingerprint);
        LOG.infof("Published attendance of training event %s, version %d", event.id(), version);
    }

    private AttendanceResult compute(TrainingEventView event, List<StoredInstance> ended) {
        AttendanceInput input = AttendanceInput.load(event, ended, activity, erasedCredits);
        return input.calculation().compute(input.connections());
    }
}
