package org.viltzoom.attendance.adapter.in.rest;

import org.viltzoom.attendance.application.port.out.AttendanceReports.LearnerLine;
import org.viltzoom.attendance.application.port.out.AttendanceReports.RangeLine;

/** Rounds the percentages that reports show to two decimals; the stored results keep full precision. */
final class Percentages {

    private Percentages() {
    }

    static double round(double percentage) {
        return Math.round(percentage * 100) / 100.0;
    }

    static LearnerLine rounded(LearnerLine line) {
        return new LearnerLine(line.lmsUserId(), line.firstName(), line.lastName(), line.email(), line.status(),
                line.secondsAttended(), round(line.percentage()), line.joins(), line.sharedEmail());
    }

    static RangeLine rounded(RangeLine line) {
        return new RangeLine(line.trainingEventId(), line.courseId(), line.eventName(), line.scheduledStart(),
                line.lmsUserId(), line.firstName(), line.lastName(), line.email(), line.status(),
                line.secondsAttended(), round(line.percentage()));
    }
}
