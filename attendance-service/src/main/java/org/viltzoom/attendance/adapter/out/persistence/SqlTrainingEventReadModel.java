package org.viltzoom.attendance.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.viltzoom.attendance.application.port.out.TrainingEventReadModel;
import org.viltzoom.attendance.application.port.out.TrainingEventView;
import org.viltzoom.attendance.application.port.out.TrainingEventView.Enrollment;
import org.viltzoom.kernel.domain.PlatformId;
import org.viltzoom.kernel.event.trainingevent.AttendanceRule;
import org.viltzoom.kernel.event.trainingevent.LearnerEnrolled;
import org.viltzoom.kernel.event.trainingevent.TrainingEventSchedule;

/** The training event read model in PostgreSQL. Upserts make a redelivered event change nothing. */
@ApplicationScoped
class SqlTrainingEventReadModel implements TrainingEventReadModel {

    // Emails contain no line breaks, so one text column contains the list.
    private static final String EMAIL_SEPARATOR = "\n";

    @Inject
    EntityManager entityManager;

    @Override
    public void saveSchedule(PlatformId platform, TrainingEventSchedule schedule, long zoomMeetingId, Instant now) {
        AttendanceRule rule = schedule.attendanceRule();
        NativeSql.of(entityManager, """
                        insert into training_event (id, platform, host_email, alternative_host_emails,
                                                    attendance_mode, attendance_percentage, cancelled, updated_at,
                                                    account_id, course_id, ilt_session_id, name, kind,
                                                    scheduled_start, scheduled_end, time_zone)
                        values (cast(:id as uuid), :platform, :host, :alternatives, :mode, cast(:percentage as integer),
                                false, :now, cast(:account as uuid), :course, :session, :name, :kind,
                                :start, :end, :zone)
                        on conflict (id) do update set platform = excluded.platform, host_email = excluded.host_email,
                            alternative_host_emails = excluded.alternative_host_emails,
                            attendance_mode = excluded.attendance_mode,
                            attendance_percentage = excluded.attendance_percentage, updated_at = excluded.updated_at,
                            account_id = excluded.account_id, course_id = excluded.course_id,
                            ilt_session_id = excluded.ilt_session_id, name = excluded.name, kind = excluded.kind,
                            scheduled_start = excluded.scheduled_start, scheduled_end = excluded.scheduled_end,
                            time_zone = excluded.time_zone
                        """)
                .text("id", schedule.trainingEventId().toString())
                .text("platform", platform.value())
                .text("host", schedule.hostEmail())
                .text("alternatives", String.join(EMAIL_SEPARATOR, schedule.alternativeHostEmails()))
                .text("mode", rule == null ? null : rule.mode().name())
                .number("percentage", rule == null || rule.percentage() == null ? null : rule.percentage().longValue())
                .instant("now", now)
                .text("account", schedule.accountId() == null ? null : schedule.accountId().toString())
                .text("course", schedule.courseId())
                .text("session", schedule.iltSessionId())
                .text("name", schedule.name())
                .text("kind", schedule.kind() == null ? null : schedule.kind().name())
                .instant("start", schedule.start())
                .instant("end", schedule.end())
                .text("zone", schedule.timeZone())
                .execute();

        entityManager.createNativeQuery("""
                insert into training_event_meeting (zoom_meeting_id, training_event_id) values (:meeting, :event)
                on conflict (zoom_meeting_id) do update set training_event_id = excluded.training_event_id
                """)
                .setParameter("meeting", zoomMeetingId)
                .setParameter("event", schedule.trainingEventId())
                .executeUpdate();
    }

    @Override
    public void markCancelled(UUID trainingEventId, Instant now) {
        entityManager.createNativeQuery("update training_event set cancelled = true, updated_at = :now where id = :id")
                .setParameter("now", now)
                .setParameter("id", trainingEventId)
                .executeUpdate();
    }

    @Override
    public void enroll(PlatformId platform, LearnerEnrolled enrolled, Instant sentAt) {
        NativeSql.of(entityManager, """
                        with erased as (
                            select 1 from erased_learner
                            where platform = :platform and lms_user_id = :user and erased_at > :sent)
                        insert into enrollment (training_event_id, lms_user_id, email, registrant_id,
                                                first_name, last_name)
                        select cast(:event as uuid), :user, :email, :registrant, :first, :last
                        where not exists (select 1 from erased)
                        union all
                        select cast(:event as uuid), :user, null, null, null, null
                        where exists (select 1 from erased)
                        on conflict (training_event_id, lms_user_id)
                        do update set email = excluded.email, registrant_id = excluded.registrant_id,
                            first_name = excluded.first_name, last_name = excluded.last_name
                        """)
                .text("event", enrolled.trainingEventId().toString())
                .text("user", enrolled.lmsUserId())
                .text("email", enrolled.email())
                .text("registrant", enrolled.registrantId())
                .text("first", enrolled.firstName())
                .text("last", enrolled.lastName())
                .text("platform", platform.value())
                .instant("sent", sentAt)
                .execute();
    }

    @Override
    public void unenroll(UUID trainingEventId, String lmsUserId) {
        entityManager.createNativeQuery("delete from enrollment where training_event_id = :event and lms_user_id = :user")
                .setParameter("event", trainingEventId)
                .setParameter("user", lmsUserId)
                .executeUpdate();
    }

    @Override
    public Optional<TrainingEventView> findByZoomMeetingId(long zoomMeetingId) {
        List<?> rows = entityManager.createNativeQuery("""
                select e.id, e.platform, e.host_email, e.alternative_host_emails, e.attendance_mode,
                       e.attendance_percentage, e.cancelled, e.account_id
                from training_event e join training_event_meeting m on m.training_event_id = e.id
                where m.zoom_meeting_id = :meeting
                """)
                .setParameter("meeting", zoomMeetingId)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }

        Object[] row = (Object[]) rows.get(0);
        UUID id = (UUID) row[0];
        String alternatives = (String) row[3];
        String mode = (String) row[4];
        Number percentage = (Number) row[5];
        AttendanceRule rule = mode == null ? null
                : new AttendanceRule(AttendanceRule.Mode.valueOf(mode), percentage == null ? null : percentage.intValue());

        return Optional.of(new TrainingEventView(id, PlatformId.of((String) row[1]), (UUID) row[7], meetingIdsOf(id),
                (String) row[2],
                alternatives.isEmpty() ? List.of() : Arrays.asList(alternatives.split(EMAIL_SEPARATOR)),
                rule, (Boolean) row[6], enrollmentsOf(id)));
    }

    @Override
    public Optional<UUID> idByZoomMeetingId(long zoomMeetingId) {
        List<?> rows = entityManager.createNativeQuery(
                        "select cast(training_event_id as text) from training_event_meeting where zoom_meeting_id = :meeting limit 1")
                .setParameter("meeting", zoomMeetingId)
                .getResultList();
        return rows.stream().findFirst().map(id -> UUID.fromString((String) id));
    }

    @Override
    public Optional<Long> anyZoomMeetingIdOf(UUID trainingEventId) {
        List<?> ids = entityManager.createNativeQuery(
                        "select zoom_meeting_id from training_event_meeting where training_event_id = :event limit 1")
                .setParameter("event", trainingEventId)
                .getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(((Number) ids.get(0)).longValue());
    }

    private Set<Long> meetingIdsOf(UUID trainingEventId) {
        List<?> ids = entityManager.createNativeQuery(
                        "select zoom_meeting_id from training_event_meeting where training_event_id = :event")
                .setParameter("event", trainingEventId)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toSet());
    }

    private List<Enrollment> enrollmentsOf(UUID trainingEventId) {
        List<?> rows = entityManager.createNativeQuery("""
                select lms_user_id, email, registrant_id from enrollment
                where training_event_id = :event order by lms_user_id
                """)
                .setParameter("event", trainingEventId)
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(row -> new Enrollment((String) row[0], (String) row[1], (String) row[2]))
                .toList();
    }
}
