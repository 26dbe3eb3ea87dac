package org.viltzoom.attendance.domain;

import java.time.Duration;

/**
 * The attendance of one enrolled learner.
 *
 * @param joins how many connections were credited to the learner
 * @param sharedEmail another enrolled learner has the same email, and both got the credit
 */
public record LearnerResult(String lmsUserId, AttendanceStatus status, Duration attended, double percentage,
                            int joins, boolean sharedEmail) {
}
