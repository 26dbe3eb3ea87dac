package org.viltzoom.localrun.lms;

import java.time.Duration;
import java.util.Locale;

/** Formats an attendance report as a plain-text table for the console. */
final class ReportTable {

    private static final String LEARNER_ROW = "  %-20s %-11s %-36s %-9s %8s %6s %5s%n";
    private static final String UNMATCHED_ROW = "  %-32s %-36s %8s%n";

    private ReportTable() {
    }

    static String format(AttendanceReport report) {
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "  %s: actual length %s, version %d%n", report.name(),
                ScenarioPlayer.minutes(Duration.ofSeconds(report.actualLengthSeconds())), report.version()));
        table.append(String.format(Locale.ROOT, LEARNER_ROW, "Learner", "LMS user", "Email", "Status", "Attended", "%", "Joins"));
        for (AttendanceReport.Learner learner : report.learners()) {
            table.append(String.format(Locale.ROOT, LEARNER_ROW, learner.firstName() + " " + learner.lastName(),
                    learner.lmsUserId(), learner.email() + (learner.sharedEmail() ? " (shared)" : ""), learner.status(),
                    ScenarioPlayer.minutes(Duration.ofSeconds(learner.secondsAttended())),
                    String.format(Locale.ROOT, "%.1f", learner.percentage()), learner.joins()));
        }

        long attended = report.learners().stream().filter(learner -> learner.status().equals("ATTENDED")).count();
        table.append(String.format(Locale.ROOT, "  %d of %d learners ATTENDED%n%n", attended, report.learners().size()));

        table.append("  Participants matched to no enrolled learner:\n");
        if (report.unmatched().isEmpty()) {
            table.append("  (none)\n");
        }
        for (AttendanceReport.Unmatched participant : report.unmatched()) {
            table.append(String.format(Locale.ROOT, UNMATCHED_ROW, participant.name(),
                    participant.email() == null ? "(no email)" : participant.email(),
                    ScenarioPlayer.minutes(Duration.ofSeconds(participant.secondsAttended()))));
        }
        return table.toString();
    }
}
