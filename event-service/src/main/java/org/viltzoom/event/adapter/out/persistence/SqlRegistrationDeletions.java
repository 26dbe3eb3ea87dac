package org.viltzoom.event.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.viltzoom.event.application.port.out.RegistrationDeletions;
import org.viltzoom.event.domain.EventKind;

@ApplicationScoped
class SqlRegistrationDeletions implements RegistrationDeletions {

    private static final int MAX_ERROR_LENGTH = 1000;

    @Inject
    EntityManager entityManager;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(PendingRegistrationDeletion deletion) {
        entityManager.createNativeQuery("""
                        INSERT INTO registrant_deletion (meeting_id, registrant_id, kind, account_id, training_event_id,
                                                         attempts, next_attempt_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6)
                        ON CONFLICT (meeting_id, registrant_id) DO NOTHING""")
                .setParameter(1, deletion.meetingId())
                .setParameter(2, deletion.registrantId())
                .setParameter(3, deletion.kind().name())
                .setParameter(4, deletion.accountId())
                .setParameter(5, deletion.trainingEventId())
                .setParameter(6, deletion.nextAttemptAt())
                .executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<PendingRegistrationDeletion> due(Instant now, int limit) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT meeting_id, registrant_id, kind, account_id, training_event_id, attempts, next_attempt_at
                        FROM registrant_deletion WHERE next_attempt_at <= ?1 ORDER BY next_attempt_at LIMIT ?2""")
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
        return rows.stream().map(row -> new PendingRegistrationDeletion(
                ((Number) row[0]).longValue(),
                (String) row[1],
                EventKind.valueOf((String) row[2]),
                (UUID) row[3],
                (UUID) row[4],
                ((Number) row[5]).intValue(),
                SqlTimestamps.instant(row[6]))).toList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isQueued(long meetingId, String registrantId) {
        return !entityManager.createNativeQuery("""
                        SELECT 1 FROM registrant_deletion WHERE meeting_id = ?1 AND registrant_id = ?2""")
                .setParameter(1, meetingId)
                .setParameter(2, registrantId)
                .getResultList().isEmpty();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void done(long meetingId, String registrantId) {
        entityManager.createNativeQuery("DELETE FROM registrant_deletion WHERE meeting_id = ?1 AND registrant_id = ?2")
                .setParameter(1, meetingId)
                .setParameter(2, registrantId)
                .executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void retryAt(long meetingId, String registrantId, Instant nextAttempt, String lastError) {
        String error = lastError == null || lastError.length() <= MAX_ERROR_LENGTH
                ? lastError : lastError.substring(0, MAX_ERROR_LENGTH);
        entityManager.createNativeQuery("""
                        UPDATE registrant_deletion SET attempts = attempts + 1, next_attempt_at = ?3, last_error = ?4
                        WHERE meeting_id = ?1 AND registrant_id = ?2""")
                .setParameter(1, meetingId)
                .setParameter(2, registrantId)
                .setParameter(3, nextAttempt)
                .setParameter(4, error)
                .executeUpdate();
    }
}
