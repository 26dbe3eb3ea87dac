package org.viltzoom.kernel.event.attendance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.viltzoom.kernel.event.DomainEvent;

/**
 * The attendance of a training event, computed when its Zoom meeting ended. Late notifications
 * and the reconciliation against Zoom's past-participants report publish a higher
 * {@code version} only when a result changes; readers keep the highest version.
 *
 * @param actualLengthSeconds the summed actual length of the meeting instances, from their start
 *     to their end in Zoom; percentages are relative to it
 */
public record AttendanceFinalized(
        UUID trainingEventId,
        int version,
        List<MeetingInstance> instances,
        long actualLengthSeconds,
        List<LearnerAttendance> learners,
        List<UnmatchedParticipant> unmatchedParticipants,
        Instant finalizedAt) implements DomainEvent {

    public static final String TYPE = "vilt.attendance.finalized.v1";

    public AttendanceFinalized {
        instances = instances == null ? List.of() : List.copyOf(instances);
        learners = learners == null ? List.of() : List.copyOf(learners);
        unmatchedParticipants = unmatchedParticipants == null ? List.of() : List.copyOf(unmatchedParticipants);
    }

    /** One run of the Zoom meeting, identified by its instance UUID. */
    public record MeetingInstance(long zoomMeetingId, String uuid, Instant start, Instant end) {
    }

    /**
     * The result of one enrolled learner.
     *
     * @param status {@code ATTENDED} or {@code ABSENT}
     * @param sharedEmail another enrolled learner has the same email, and both got the credit
     */
    public record LearnerAttendance(
            String lmsUserId,
            String status,
            long secondsAttended,
            double percentage,
            int joins,
            boolean sharedEmail) {
    }

    /** A participant who matched no enrolled learner and so credited nobody. */
    public record UnmatchedParticipant(String name, String email, long secondsAttended) {
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return trainingEventId.toString();
    }
}
