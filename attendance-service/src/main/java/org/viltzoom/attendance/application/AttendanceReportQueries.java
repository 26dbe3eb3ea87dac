package org.viltzoom.attendance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.viltzoom.attendance.application.port.in.ReadAttendanceReports;
import org.viltzoom.attendance.application.port.out.AttendanceReports;
import org.viltzoom.attendance.application.port.out.AttendanceReports.EventSummary;
import org.viltzoom.attendance.application.port.out.AttendanceReports.LearnerLine;
import org.viltzoom.attendance.application.port.out.AttendanceReports.RangeLine;
import org.viltzoom.attendance.application.port.out.AttendanceReports.SessionStatistics;
import org.viltzoom.attendance.application.port.out.AttendanceReports.UnmatchedLine;
import org.viltzoom.kernel.domain.PlatformId;
import org.viltzoom.kernel.rest.FieldViolation;
import org.viltzoom.kernel.rest.ProblemException;

/** Reads the reports from the published results that the finalizer stored. */
@ApplicationScoped
public class AttendanceReportQueries implements ReadAttendanceReports {

    /** The maximum range of the time-range report, which bounds the size of one report. */
    static final Duration MAX_RANGE = Duration.ofDays(366);

    @Inject
    AttendanceReports reports;

    @Override
    @Transactional
    public EventAttendance eventAttendance(PlatformId platform, UUID trainingEventId, PageRequest page) {
        EventSummary event = finalizedEvent(platform, trainingEventId);
        List<LearnerLine> learners = page == null
                ? reports.learners(trainingEventId, 0, null)
                : reports.learners(trainingEventId, page.offset(), page.size());
        long total = page == null ? learners.size() : reports.countLearners(trainingEventId);
        return new EventAttendance(event, new Page<>(learners, total));
    }

    @Override
    @Transactional
    public Page<UnmatchedLine> unmatched(PlatformId platform, UUID trainingEventId, PageRequest page) {
        finalizedEvent(platform, trainingEventId);
        List<UnmatchedLine> lines = page == null
                ? reports.unmatched(trainingEventId, 0, null)
                : reports.unmatched(trainingEventId, page.offset(), page.size());
        return new Page<>(lines, page == null ? lines.size() : reports.countUnmatched(trainingEventId));
    }

    @Override
    @Transactional
    public Page<SessionStatistics> course(PlatformId platform, String courseId, PageRequest page) {
        List<SessionStatistics> sessions = page == null
                ? reports.sessions(platform, courseId, 0, null)
                : reports.sessions(platform, courseId, page.offset(), page.size());
        return new Page<>(sessions, page == null ? sessions.size() : reports.countSessions(platform, courseId));
    }

    @Override
    @Transactional
    public Page<RangeLine> range(PlatformId platform, Instant from, Instant to, PageRequest page) {
        if (!from.isBefore(to)) {
            throw ProblemException.invalidFields(List.of(new FieldViolation("to", "not-after-from",
                    "'to' (" + to + ") must be later than 'from' (" + from + ").")));
        }
        if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            throw ProblemException.invalidFields(List.of(new FieldViolation("to", "range-too-long",
                    "The range from 'from' to 'to' spans more than 366 days; request it in parts.")));
        }

        List<RangeLine> lines = page == null
                ? reports.range(platform, from, to, 0, null)
                : reports.range(platform, from, to, page.offset(), page.size());
        return new Page<>(lines, page == null ? lines.size() : reports.countRange(platform, from, to));
    }

    private EventSummary finalizedEvent(PlatformId platform, UUID trainingEventId) {
        return reports.findEvent(platform, trainingEventId).orElseThrow(() -> new ProblemException(404,
                "attendance-not-final", "Attendance not final",
                "Training event " + trainingEventId + " has no published attendance on platform " + platform.value()
                        + ": its meeting has not ended yet, or the event does not exist."));
    }
}
