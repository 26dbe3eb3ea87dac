package org.viltzoom.attendance.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.viltzoom.attendance.application.port.out.AttendanceReports.EventSummary;
import org.viltzoom.attendance.application.port.out.AttendanceReports.LearnerLine;
import org.viltzoom.attendance.application.port.out.AttendanceReports.RangeLine;
import org.viltzoom.attendance.application.port.out.AttendanceReports.SessionStatistics;
import org.viltzoom.attendance.application.port.out.AttendanceReports.UnmatchedLine;
import org.viltzoom.kernel.domain.PlatformId;

/**
 * The attendance reports of a platform. A null {@link PageRequest} reads every row, for CSV.
 * Unknown events and events without a published result raise a 404 problem with code
 * {@code attendance-not-final}.
 */
public interface ReadAttendanceReports {

    EventAttendance eventAttendance(PlatformId platform, UUID trainingEventId, PageRequest page);

    Page<UnmatchedLine> unmatched(PlatformId platform, UUID trainingEventId, PageRequest page);

    Page<SessionStatistics> course(PlatformId platform, String courseId, PageRequest page);

    /** Reads the learner results of events that start in [from, to), which spans at most 366 days. */
    Page<RangeLine> range(PlatformId platform, Instant from, Instant to, PageRequest page);

    /** A zero-based page of {@code size} rows. */
    record PageRequest(int page, int size) {

        public long offset() {
            return (long) page * size;
        }
    }

    /** One page of rows and the number of rows on all pages. */
    record Page<T>(List<T> items, long total) {

        public Page {
            items = List.copyOf(items);
        }
    }

    record EventAttendance(EventSummary event, Page<LearnerLine> learners) {
    }
}
