package org.viltzoom.event.domain;

/**
 * When a learner counts as attended.
 *
 * @param percentage 1 to 100 with {@link Mode#PERCENTAGE}, null with {@link Mode#ON_JOIN}
 */
public record AttendanceRequirement(Mode mode, Integer percentage) {

    public enum Mode {
        ON_JOIN,
        PERCENTAGE
    }

    public static AttendanceRequirement onJoin() {
        return new AttendanceRequirement(Mode.ON_JOIN, null);
    }
}
