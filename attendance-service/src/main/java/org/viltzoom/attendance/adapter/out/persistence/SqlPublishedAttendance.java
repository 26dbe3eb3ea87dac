package org.viltzoom.attendance.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import org.viltzoom.attendance.application.port.out.PublishedAttendance;
import org.viltzoom.kernel.event.attendance.AttendanceFinalized;
import org.viltzoom.kernel.event.attendance.AttendanceFinalized.LearnerAttendance;
import org.viltzoom.kernel.event.attendance.AttendanceFinalized.UnmatchedParticipant;

/** The published results in PostgreSQL: one summary row per event, its learner and unmatched rows. */
@ApplicationScoped
class SqlPublishedAttendance implements PublishedAttendance {

    @Inject
    EntityManager entityManager;

    @Override
    public Optional<Published> find(UUID trainingEventId) {
        List<?> rows = entityManager.createNativeQuery(
                        "select version, fingerprint from published_attendance where training_event_id = :event")
                .setParameter("event", trainingEventId)
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(row -> new Published(((Number) row[0]).intValue(), (String) row[1]))
                .findFirst();
    }

    @Override
    public void save(AttendanceFinalized finalized, String fingerprint) {
        UUID event = finalized.trainingEventId();
        entityManager.createNativeQuery("""
                insert into published_attendance (training_event_id, version, fingerprint, published_at,
                                                  actual_length_seconds)
                values (:event, :version, :fingerprint, :at, :length)
                on conflict (training_event_id) do update set version = excluded.version,
                    fingerprint = excluded.fingerprint, published_at = excluded.published_at,
                    actual_length_seconds = excluded.actual_length_seconds
                """)
                .setParameter("event", event)
                .setParameter("version", finalized.version())
                .setParameter("fingerprint", fingerprint)
                .setParameter("at", finalized.finalizedAt())
                .setParameter("length", finalized.actualLengthSeconds())
                .executeUpdate();

        entityManager.createNativeQuery("delete from learner_attendance where training_event_id = :event")
                .setParameter("event", event)
                .executeUpdate();
        entityManager.createNativeQuery("delete from unmatched_attendance where training_event_id = :event")
                .setParameter("event", event)
                .executeUpdate();

        // One JDBC batch: a large webinar has tens of thousands of learners, and a statement each
        // kept the finalizing transaction open for most of its timeout.
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into learner_attendance (training_event_id, lms_user_id, status, seconds_attended,
                                                    percentage, joins, shared_email)
                    values (?, ?, ?, ?, ?, ?, ?)
                    """)) {
                for (LearnerAttendance learner : finalized.learners()) {
                    insert.setObject(1, event);
                    insert.setString(2, learner.lmsUserId());
                    insert.setString(3, learner.status());
                    insert.setLong(4, learner.secondsAttended());
                    insert.setDouble(5, learner.percentage());
                    insert.setInt(6, learner.joins());
                    insert.setBoolean(7, learner.sharedEmail());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });

        List<UnmatchedParticipant> unmatched = finalized.unmatchedParticipants();
        for (int position = 0; position < unmatched.size(); position++) {
            UnmatchedParticipant participant = unmatched.get(position);
            NativeSql.of(entityManager, """
                            insert into unmatched_attendance (training_event_id, position, name, email,
                                                              seconds_attended)
                            values (cast(:event as uuid), cast(:position as integer), :name, :email, :seconds)
                            """)
                    .text("event", event.toString())
                    .number("position", (long) position)
                    .text("name", participant.name())
                    .text("email", participant.email())
                    .number("seconds", participant.secondsAttended())
                    .execute();
        }
    }
}
