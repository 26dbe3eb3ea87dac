package org.viltzoom.event.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.viltzoom.event.application.port.out.MeetingDeletions;
import org.viltzoom.event.domain.EventKind;

@ApplicationScoped
class SqlMeetingDeletions implements MeetingDeletions {

    private static final int MAX_ERROR_LENGTH = 1000;

    @Inject
    EntityManager entityManager;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(PendingDeletion deletion) {
        entityManager.createNativeQuery("""
                        INSERT INTO meeting_deletion (meeting_id, kind, account_id, host_zoom_user_id, training_event_id,
                                                      attempts, next_attempt_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6)
                        ON CONFLICT (meeting_id) DO NOTHING""")
                .setParameter(1, deletion.meetingId())
                .setParameter(2, deletion.kind().name())
                .setParameter(3, deletion.accountId())
                .setParameter(4, deletion.hostZoomUserId())
                .setParameter(5, deletion.trainingEventId())
                .setParameter(6, deletion.nextAttemptAt())
                .executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<PendingDeletion> due(Instant now, int limit) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT meeting_id, kind, account_id, host_zoom_user_id, training_event_id, attempts, next_attempt_at
                        FROM meeting_deletion WHERE next_attempt_at <= ?1 ORDER BY next_attempt_at LIMIT ?2""")
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
        return rows.stream().map(row -> new PendingDeletion(
                ((Number) row[0]).longValue(),
                EventKind.valueOf((String) row[1]),
                (UUID) row[2],
                (String) row[3],
                (UUID) row[4],
                ((Number) row[5]).intValue(),
                SqlTimestamps.instant(row[6]))).toList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void done(long meetingId) {
        entityManager.createNativeQuery("DELETE FROM meeting_deletion WHERE meeting_id = ?1")
                .setParameter(1, meetingId).executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void retryAt(long meetingId, Instant nextAttempt, String lastError) {
        String error = lastError == null || lastError.length() <= MAX_ERROR_LENGTH
                ? lastError : lastError.substring(0, MAX_ERROR_LENGTH);
        entityManager.createNativeQuery("""
                        UPDATE meeting_deletion SET attempts = attempts + 1, next_attempt_at = ?2, last_error = ?3
                        WHERE meeting_id = ?1""")
                .setParameter(1, meetingId)
                .setParameter(2, nextAttempt)
                .setParameter(3, error)
                .executeUpdate();
    }
}
