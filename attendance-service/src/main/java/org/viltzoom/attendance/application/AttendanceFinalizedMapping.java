package org.viltzoom.attendance.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.viltzoom.attendance.application.port.out.StoredInstance;
import org.viltzoom.attendance.application.port.out.TrainingEventView;
import org.viltzoom.attendance.domain.AttendanceResult;
import org.viltzoom.attendance.domain.AttendanceThreshold;
import org.viltzoom.attendance.domain.EnrolledLearner;
import org.viltzoom.attendance.domain.Hosts;
import org.viltzoom.attendance.domain.MeetingInstance;
import org.viltzoom.kernel.domain.EmailAddress;
import org.viltzoom.kernel.event.attendance.AttendanceFinalized;
import org.viltzoom.kernel.event.trainingevent.AttendanceRule;

/** Converts between the read model, the domain computation and the published event. */
final class AttendanceFinalizedMapping {

    private AttendanceFinalizedMapping() {
    }

    static MeetingInstance toDomain(StoredInstance instance) {
        return new MeetingInstance(instance.uuid(), instance.start(), instance.end());
    }

    /**
     * Converts the enrollments. An erased learner gets a customer key that only the copies of his
     * erased connections carry, because his email and registrant id are gone.
     */
    static List<EnrolledLearner> learnersOf(TrainingEventView event, Set<String> erasedLearners) {
        return event.learners().stream()
                .map(learner -> new EnrolledLearner(learner.lmsUserId(), ZoomEmails.parse(learner.email()),
                        learner.registrantId(),
                        erasedLearners.contains(learner.lmsUserId()) ? AttendanceInput.erasedKey(learner.lmsUserId())
                                : null))
                .toList();
    }

    /** Collects the host and alternative hosts by email, and the Zoom user id each instance names as host. */
    static Hosts hostsOf(TrainingEventView event, List<StoredInstance> instances) {
        Set<EmailAddress> emails = new HashSet<>();
        emails.add(ZoomEmails.parse(event.hostEmail()));
        event.alternativeHostEmails().forEach(email -> emails.add(ZoomEmails.parse(email)));
        emails.remove(null);

        Set<String> zoomUserIds = new HashSet<>();
        instances.stream().map(StoredInstance::hostZoomUserId).filter(Objects::nonNull).forEach(zoomUserIds::add);
        return new Hosts(emails, zoomUserIds);
    }

    // NOTE: an event without an attendance rule counts a learner as attended on join.
    static AttendanceThreshold thresholdOf(AttendanceRule rule) {
        if (rule == null || rule.mode() == AttendanceRule.Mode.ON_JOIN) {
            return AttendanceThreshold.whenJoined();
        }
        return AttendanceThreshold.atPercentage(rule.percentage());
    }

    static AttendanceFinalized toEvent(UUID trainingEventId, int version, List<StoredInstance> instances,
                                       AttendanceResult result, Instant finalizedAt) {
        List<AttendanceFinalized.MeetingInstance> publishedInstances = instances.stream()
                .map(instance -> new AttendanceFinalized.MeetingInstance(
                        instance.zoomMeetingId(), instance.uuid(), instance.start(), instance.end()))
                .toList();

        List<AttendanceFinalized.LearnerAttendance> learners = result.learners().stream()
                .map(learner -> new AttendanceFinalized.LearnerAttendance(learner.lmsUserId(), learner.status().name(),
                        learner.attended().toSeconds(), learner.percentage(), learner.joins(), learner.sharedEmail()))
                .toList();

        List<AttendanceFinalized.UnmatchedParticipant> unmatched = new ArrayList<>();
        result.unmatched().forEach(participant -> unmatched.add(new AttendanceFinalized.UnmatchedParticipant(
                participant.name(),
                participant.email() == null ? null : participant.email().value(),
                participant.attended().toSeconds())));

        return new AttendanceFinalized(trainingEventId, version, publishedInstances,
                result.actualLength().toSeconds(), learners, unmatched, finalizedAt);
    }

    /**
     * Digests a result published without version and time, so that an unchanged result is
     * recognized. Record {@code toString} covers every component, and each one prints
     * deterministically.
     */
    static String fingerprint(AttendanceFinalized unversioned) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(unversioned.toString().getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
