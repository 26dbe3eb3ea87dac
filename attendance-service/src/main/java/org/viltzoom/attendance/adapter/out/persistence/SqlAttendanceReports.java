package org.viltzoom.attendance.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.viltzoom.attendance.application.port.out.AttendanceReports;
import org.viltzoom.kernel.domain.PlatformId;

/**
 * The reports in PostgreSQL: published rows joined with the read model's events and enrollments.
 * Rows are ordered by unique keys, so that consecutive pages neither repeat nor skip a row.
 */
@ApplicationScoped
class SqlAttendanceReports implements AttendanceReports {

    private static final String LEARNER_ORDER = "n.last_name, n.first_name, l.lms_user_id";

    @Inject
    EntityManager entityManager;

    @Override
    public Optional<EventSummary> findEvent(PlatformId platform, UUID trainingEventId) {
        List<?> rows = entityManager.createNativeQuery("""
                        select e.id, e.course_id, e.ilt_session_id, e.name, e.scheduled_start, e.scheduled_end,
                               p.version, p.published_at, p.actual_length_seconds
                        from published_attendance p join training_event e on e.id = p.training_event_id
                        where e.platform = :platform and e.id = :event
                        """)
                .setParameter("platform", platform.value())
                .setParameter("event", trainingEventId)
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(row -> new EventSummary((UUID) row[0], (String) row[1], (String) row[2], (String) row[3],
                        NativeSql.toInstant(row[4]), NativeSql.toInstant(row[5]), ((Number) row[6]).intValue(),
                        NativeSql.toInstant(row[7]), toLong(row[8])))
                .findFirst();
    }

    @Override
    public List<LearnerLine> learners(UUID trainingEventId, long offset, Integer limit) {
        Query query = entityManager.createNativeQuery("""
                        select l.lms_user_id, n.first_name, n.last_name, n.email, l.status, l.seconds_attended,
                               l.percentage, l.joins, l.shared_email
                        from learner_attendance l
                        left join enrollment n on n.training_event_id = l.training_event_id
                                              and n.lms_user_id = l.lms_user_id
                        where l.training_event_id = :event
                        order by %s
                        """.formatted(LEARNER_ORDER) + page(offset, limit))
                .setParameter("event", trainingEventId);
        return rows(query).stream()
                .map(row -> new LearnerLine((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                        (String) row[4], ((Number) row[5]).longValue(), ((Number) row[6]).doubleValue(),
                        ((Number) row[7]).intValue(), (Boolean) row[8]))
                .toList();
    }

    @Override
    public long countLearners(UUID trainingEventId) {
        return count(entityManager.createNativeQuery(
                        "select count(*) from learner_attendance where training_event_id = :event")
                .setParameter("event", trainingEventId));
    }

    @Override
    public List<UnmatchedLine> unmatched(UUID trainingEventId, long offset, Integer limit) {
        Query query = entityManager.createNativeQuery("""
                        select name, email, seconds_attended from unmatched_attendance
                        where training_event_id = :event
                        order by position
                        """ + page(offset, limit))
                .setParameter("event", trainingEventId);
        return rows(query).stream()
                .map(row -> new UnmatchedLine((String) row[0], (String) row[1], ((Number) row[2]).longValue()))
                .toList();
    }

    @Override
    public long countUnmatched(UUID trainingEventId) {
        return count(entityManager.createNativeQuery(
                        "select count(*) from unmatched_attendance where training_event_id = :event")
                .setParameter("event", trainingEventId));
    }

    @Override
    public List<SessionStatistics> sessions(PlatformId platform, String courseId, long offset, Integer limit) {
        Query query = entityManager.createNativeQuery("""
                        select e.id, e.ilt_session_id, e.name, e.scheduled_start, p.actual_length_seconds,
                               (select count(*) from learner_attendance l where l.training_event_id = e.id),
                               (select count(*) from learner_attendance l
                                where l.training_event_id = e.id and l.status = 'ATTENDED'),
                               (select count(*) from learner_attendance l
                                where l.training_event_id = e.id and l.status = 'ABSENT'),
                               (select coalesce(avg(l.percentage), 0) from learner_attendance l
                                where l.training_event_id = e.id),
                               (select count(*) from unmatched_attendance u where u.training_event_id = e.id)
                        from published_attendance p join training_event e on e.id = p.training_event_id
                        where e.platform = :platform and e.course_id = :course
                        order by e.scheduled_start, e.id
                        """ + page(offset, limit))
                .setParameter("platform", platform.value())
                .setParameter("course", courseId);
        return rows(query).stream()
                .map(row -> new SessionStatistics((UUID) row[0], (String) row[1], (String) row[2],
                        NativeSql.toInstant(row[3]), toLong(row[4]), ((Number) row[5]).longValue(),
                        ((Number) row[6]).longValue(), ((Number) row[7]).longValue(),
                        Math.round(((Number) row[8]).doubleValue() * 100) / 100.0, ((Number) row[9]).longValue()))
                .toList();
    }

    @Override
    public long countSessions(PlatformId platform, String courseId) {
        return count(entityManager.createNativeQuery("""
                        select count(*) from published_attendance p join training_event e on e.id = p.training_event_id
                        where e.platform = :platform and e.course_id = :course
                        """)
                .setParameter("platform", platform.value())
                .setParameter("course", courseId));
    }

    @Override
    public List<RangeLine> range(PlatformId platform, Instant from, Instant to, long offset, Integer limit) {
        Query query = entityManager.createNativeQuery("""
                        select e.id, e.course_id, e.name, e.scheduled_start, l.lms_user_id, n.first_name,
                               n.last_name, n.email, l.status, l.seconds_attended, l.percentage
                        from published_attendance p
                        join training_event e on e.id = p.training_event_id
                        join learner_attendance l on l.training_event_id = e.id
                        left join enrollment n on n.training_event_id = l.training_event_id
                                              and n.lms_user_id = l.lms_user_id
                        where e.platform = :platform and e.scheduled_start >= :from and e.scheduled_start < :to
                        order by e.scheduled_start, e.id, %s
                        """.formatted(LEARNER_ORDER) + page(offset, limit))
                .setParameter("platform", platform.value())
                .setParameter("from", from)
                .setParameter("to", to);
        return rows(query).stream()
                .map(row -> new RangeLine((UUID) row[0], (String) row[1], (String) row[2],
                        NativeSql.toInstant(row[3]), (String) row[4], (String) row[5], (String) row[6],
                        (String) row[7], (String) row[8], ((Number) row[9]).longValue(),
                        ((Number) row[10]).doubleValue()))
                .toList();
    }

    @Override
    public long countRange(PlatformId platform, Instant from, Instant to) {
        return count(entityManager.createNativeQuery("""
                        select count(*) from published_attendance p
                        join training_event e on e.id = p.training_event_id
                        join learner_attendance l on l.training_event_id = e.id
                        where e.platform = :platform and e.scheduled_start >= :from and e.scheduled_start < :to
                        """)
                .setParameter("platform", platform.value())
                .setParameter("from", from)
                .setParameter("to", to));
    }

    /** Appends the page bounds; both are numbers the application computed, never caller text. */
    private static String page(long offset, Integer limit) {
        return limit == null ? " offset " + offset : " limit " + limit + " offset " + offset;
    }

    private static List<Object[]> rows(Query query) {
        return ((List<?>) query.getResultList()).stream().map(Object[].class::cast).toList();
    }

    private static long count(Query query) {
        return ((Number) query.getSingleResult()).longValue();
    }

    private static Long toLong(Object column) {
        return column == null ? null : ((Number) column).longValue();
    }
}
