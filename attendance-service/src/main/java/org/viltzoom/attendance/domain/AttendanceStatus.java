package org.viltzoom.attendance.domain;

/** The result of an enrolled learner. */
public enum AttendanceStatus {
    ATTENDED,
    ABSENT
}
