package org.viltzoom.attendance.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.viltzoom.kernel.domain.PlatformId;

/**
 * Reads the published attendance for the reports, with the learners' contact data from the
 * enrollments. Every list is read in pages: {@code limit} null reads all rows from the offset.
 */
public interface AttendanceReports {

    /** Finds the published result of an event of this platform; empty before the first one. */
    Optional<EventSummary> findEvent(PlatformId platform, UUID trainingEventId);

    List<LearnerLine> learners(UUID trainingEventId, long offset, Integer limit);

    long countLearners(UUID trainingEventId);

    List<UnmatchedLine> unmatched(UUID trainingEventId, long offset, Integer limit);

    long countUnmatched(UUID trainingEventId);

    /** Lists the statistics of the course's finalized events, by scheduled start. */
    List<SessionStatistics> sessions(PlatformId platform, String courseId, long offset, Integer limit);

    long countSessions(PlatformId platform, String courseId);

    /** Lists the learner results of finalized events that are scheduled to start in [from, to). */
    List<RangeLine> range(PlatformId platform, Instant from, Instant to, long offset, Integer limit);

    long countRange(PlatformId platform, Instant from, Instant to);

    /** A training event and its last published result. */
    record EventSummary(UUID trainingEventId, String courseId, String iltSessionId, String name,
                        Instant scheduledStart, Instant scheduledEnd, int version, Instant finalizedAt,
                        Long actualLengthSeconds) {
    }

    /** One learner's result; the names and email are null when unknown or erased. */
    record LearnerLine(String lmsUserId, String firstName, String lastName, String email, String status,
                       long secondsAttended, double percentage, int joins, boolean sharedEmail) {
    }

    /** A participant who matched no learner. */
    record UnmatchedLine(String name, String email, long secondsAttended) {
    }

    /**
     * The figures of one finalized event.
     *
     * @param averagePercentage the mean percentage of the enrolled learners, 0 without learners
     */
    record SessionStatistics(UUID trainingEventId, String iltSessionId, String name, Instant scheduledStart,
                             Long actualLengthSeconds, long enrolled, long attended, long absent,
                             double averagePercentage, long unmatched) {
    }

    /** One learner's result in one event of the time-range report. */
    record RangeLine(UUID trainingEventId, String courseId, String eventName, Instant scheduledStart,
                     String lmsUserId, String firstName, String lastName, String email, String status,
                     long secondsAttended, double percentage) {
    }
}
