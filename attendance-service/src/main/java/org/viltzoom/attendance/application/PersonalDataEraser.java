package org.viltzoom.attendance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.viltzoom.attendance.application.port.in.ErasePersonalData;
import org.viltzoom.attendance.application.port.out.ErasedCredits;
import org.viltzoom.attendance.application.port.out.LearnerPersonalData;
import org.viltzoom.attendance.application.port.out.MeetingActivity;
import org.viltzoom.attendance.application.port.out.StoredInstance;
import org.viltzoom.attendance.application.port.out.TrainingEventReadModel;
import org.viltzoom.attendance.application.port.out.TrainingEventView;
import org.viltzoom.attendance.application.port.out.TrainingEventView.Enrollment;
import org.viltzoom.attendance.domain.ParticipantConnection;
import org.viltzoom.kernel.domain.PlatformId;

/**
 * Erases an LMS user's personal data in every training event of the platform that enrolls the
 * user. The connections credited to the user are found with the calculation's own matching rules,
 * so that a later recomputation credits the same connections through their link to the user.
 *
 * <p>NOTE: a connection that Zoom reports after the erasure carries the learner's email again
 * but no longer matches the erased enrollment, so it is published as an unmatched participant.
 * Enrollments of events whose schedule has not arrived yet have no platform here and are kept.
 */
@ApplicationScoped
public class PersonalDataEraser implements ErasePersonalData {

    private static final Logger LOG = Logger.getLogger(PersonalDataEraser.class);

    @Inject
    LearnerPersonalData personalData;

    @Inject
    TrainingEventReadModel trainingEvents;

    @Inject
    MeetingActivity activity;

    @Inject
    ErasedCredits erasedCredits;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public void erase(PlatformId platform, String lmsUserId) {
        List<UUID> events = personalData.enrolledEvents(platform, lmsUserId);
        for (UUID trainingEventId : events) {
            trainingEvents.anyZoomMeetingIdOf(trainingEventId)
                    .flatMap(trainingEvents::findByZoomMeetingId)
                    .ifPresent(event -> eraseConnections(event, lmsUserId));
            personalData.eraseEnrollment(trainingEventId, lmsUserId);
        }
        personalData.recordErasure(platform, lmsUserId, clock.instant());

        // The LMS user id stays out of the log: the erased_learner table records whom it concerned.
        LOG.infof("Erased the personal data of an LMS user on platform %s in %d training events",
                platform.value(), events.size());
    }

    private void eraseConnections(TrainingEventView event, String lmsUserId) {
        Optional<Enrollment> enrollment = event.learners().stream()
                .filter(learner -> learner.lmsUserId().equals(lmsUserId))
                .findFirst();
        if (enrollment.isEmpty()) {
            return;
        }

        List<StoredInstance> instances = activity.instancesOf(event.zoomMeetingIds());
        AttendanceInput input = AttendanceInput.load(event, instances, activity, erasedCredits);
        Map<String, Set<String>> credited = input.calculation().creditedLearners(input.connections());

        for (ParticipantConnection connection : input.stored()) {
            Set<String> learners = credited.getOrDefault(connection.connectionId(), Set.of());
            if (learners.contains(lmsUserId)) {
                // A connection that also credits another learner through a shared email is that learner's data too, so it keeps it.
                personalData.eraseConnection(connection.meetingUuid(), connection.connectionId(), lmsUserId,
                        learners.size() == 1);
            }
        }

        // A result published before the enrollment arrived may list the user as an unmatched participant.
        String email = enrollment.get().email();
        if (email != null) {
            personalData.deleteUnmatched(event.id(), email);
        }
    }
}
