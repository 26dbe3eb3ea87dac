package org.viltzoom.attendance.adapter.in.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.viltzoom.attendance.application.port.out.AttendanceReports.LearnerLine;

/** The attendance report of one training event: its published result and one page of learners. */
record EventAttendanceResponse(
        UUID trainingEventId,
        String courseId,
        String iltSessionId,
        String name,
        Instant scheduledStart,
        Instant scheduledEnd,
        int version,
        Instant finalizedAt,
        Long actualLengthSeconds,
        List<LearnerLine> items,
        int page,
        int size,
        long total) {
}
