package org.viltzoom.attendance.domain;

import java.time.Duration;
import java.util.List;

/** The attendance of a training event: one result per enrolled learner, and the participants who matched no learner. */
public record AttendanceResult(Duration actualLength, List<LearnerResult> learners,
                               List<UnmatchedParticipant> unmatched) {

    public AttendanceResult {
        learners = List.copyOf(learners);
        unmatched = List.copyOf(unmatched);
    }
}
