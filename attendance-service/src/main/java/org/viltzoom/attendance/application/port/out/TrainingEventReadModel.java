package org.viltzoom.attendance.application.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.viltzoom.kernel.domain.PlatformId;
import org.viltzoom.kernel.event.trainingevent.LearnerEnrolled;
import org.viltzoom.kernel.event.trainingevent.TrainingEventSchedule;

/** The read model of the training events and enrollments that event-service publishes. */
public interface TrainingEventReadModel {

    /**
     * Inserts or updates the event's schedule and adds {@code zoomMeetingId} to its meeting ids.
     * Earlier meeting ids stay, so that their late notifications still map to the event.
     */
    void saveSchedule(PlatformId platform, TrainingEventSchedule schedule, long zoomMeetingId, Instant now);

    void markCancelled(UUID trainingEventId, Instant now);

    /**
     * Inserts or replaces the enrollment of one learner, with the contact data the reports show.
     * When the LMS user's personal data was erased on the platform after {@code sentAt}, the
     * enrollment is stored without email, names and registrant id, so that a redelivered or
     * replayed enrollment does not restore them. A new enrollment after the erasure stores them.
     *
     * @param sentAt the time of the event's envelope, set by event-service when it wrote the event
     */
    void enroll(PlatformId platform, LearnerEnrolled enrolled, Instant sentAt);

    void unenroll(UUID trainingEventId, String lmsUserId);

    /** Returns the id of the event that has or had this Zoom meeting id, without loading the event. */
    Optional<UUID> idByZoomMeetingId(long zoomMeetingId);

    /** Finds the event that has or had this Zoom meeting id. */
    Optional<TrainingEventView> findByZoomMeetingId(long zoomMeetingId);

    /** One of the Zoom meeting ids the event has had, or empty for an unknown event. */
    Optional<Long> anyZoomMeetingIdOf(UUID trainingEventId);
}
