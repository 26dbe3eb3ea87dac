package org.viltzoom.attendance.domain;

import java.time.Duration;

/**
 * When a learner counts as attended: on joining at all, or when the time attended reaches a
 * percentage (1 to 100) of the meeting's actual length.
 */
public record AttendanceThreshold(boolean onJoin, int percentage) {

    public AttendanceThreshold {
        if (!onJoin && (percentage < 1 || percentage > 100)) {
            throw new IllegalArgumentException("attendance percentage must be 1 to 100, was " + percentage);
        }
    }

    public static AttendanceThreshold whenJoined() {
        return new AttendanceThreshold(true, 0);
    }

    public static AttendanceThreshold atPercentage(int percentage) {
        return new AttendanceThreshold(false, percentage);
    }

    /** Returns the share of {@code actualLength} attended, in percent; 0 when the meeting had no length. */
    public static double percentOf(Duration attended, Duration actualLength) {
        if (actualLength.isZero() || actualLength.isNegative()) {
            return 0;
        }
        return 100.0 * attended.toMillis() / actualLength.toMillis();
    }

    public AttendanceStatus statusFor(boolean joined, Duration attended, Duration actualLength) {
        if (onJoin) {
            return joined ? AttendanceStatus.ATTENDED : AttendanceStatus.ABSENT;
        }
        return joined && percentOf(attended, actualLength) >= percentage ? AttendanceStatus.ATTENDED : AttendanceStatus.ABSENT;
    }
}
