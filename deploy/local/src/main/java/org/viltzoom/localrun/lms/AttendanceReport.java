package org.viltzoom.localrun.lms;

import java.util.List;

/** attendance-service's report of one training event, as its REST API returns it. */
public record AttendanceReport(String trainingEventId, String name, int version, long actualLengthSeconds,
                               List<Learner> learners, List<Unmatched> unmatched) {

    /** One enrolled learner's result. */
    public record Learner(String lmsUserId, String firstName, String lastName, String email, String status,
                          long secondsAttended, double percentage, int joins, boolean sharedEmail) {
    }

    /** A participant whom no enrolled learner matches, such as a guest who did not sign in. */
    public record Unmatched(String name, String email, long secondsAttended) {
    }

    public AttendanceReport {
        learners = List.copyOf(learners);
        unmatched = List.copyOf(unmatched);
    }
}
