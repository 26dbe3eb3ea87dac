package org.viltzoom.kernel.event.trainingevent;

/**
 * When a learner counts as {@code ATTENDED}.
 *
 * @param mode {@code ON_JOIN} or {@code PERCENTAGE}
 * @param percentage 1 to 100 for {@code PERCENTAGE}, null for {@code ON_JOIN}; compared with the
 *     time attended as a share of the actual length of the Zoom meeting
 */
public record AttendanceRule(Mode mode, Integer percentage) {

    public enum Mode {
        ON_JOIN,
        PERCENTAGE
    }

    public AttendanceRule {
        if (mode == Mode.PERCENTAGE && (percentage == null || percentage < 1 || percentage > 100)) {
            throw new IllegalArgumentException("attendance percentage must be 1 to 100, was " + percentage);
        }
    }
}
