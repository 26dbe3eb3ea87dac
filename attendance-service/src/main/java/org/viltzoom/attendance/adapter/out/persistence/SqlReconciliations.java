package org.viltzoom.attendance.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.viltzoom.attendance.application.port.out.Reconciliations;
import org.viltzoom.attendance.domain.ReconciliationOutcome;

/** The reconciliation schedule in PostgreSQL. */
@ApplicationScoped
class SqlReconciliations implements Reconciliations {

    // Texts from Zoom or exceptions can be longer than the columns.
    private static final int MAX_TEXT = 500;

    @Inject
    EntityManager entityManager;

    @Override
    public void schedule(String meetingUuid, long zoomMeetingId, Instant dueAt) {
        NativeSql.of(entityManager, """
                        insert into reconciliation (meeting_uuid, zoom_meeting_id, next_attempt_at, created_at)
                        values (:uuid, :meeting, :due, :due)
                        on conflict (meeting_uuid) do nothing
                        """)
                .text("uuid", meetingUuid).number("meeting", zoomMeetingId).instant("due", dueAt)
                .execute();
    }

    @Override
    public List<DueReconciliation> claimDue(Instant now, Instant leaseUntil, int limit) {
        List<?> rows = NativeSql.of(entityManager, """
                        select meeting_uuid, zoom_meeting_id, attempts from reconciliation
                        where state = 'PENDING' and next_attempt_at <= :now
                        order by next_attempt_at
                        limit :limit
                        for update skip locked
                        """)
                .instant("now", now).number("limit", (long) limit)
                .query().getResultList();
        List<DueReconciliation> due = rows.stream()
                .map(Object[].class::cast)
                .map(row -> new DueReconciliation((String) row[0], ((Number) row[1]).longValue(),
                        ((Number) row[2]).intValue()))
                .toList();
        if (due.isEmpty()) {
            return due;
        }

        entityManager.createNativeQuery("update reconciliation set next_attempt_at = :lease where meeting_uuid in (:uuids)")
                .setParameter("lease", leaseUntil)
                .setParameter("uuids", due.stream().map(DueReconciliation::meetingUuid).toList())
                .executeUpdate();
        return due;
    }

    @Override
    public void retryAt(String meetingUuid, UUID accountId, int attempts, Instant nextAttemptAt, String lastError) {
        NativeSql.of(entityManager, """
                        update reconciliation set account_id = coalesce(cast(:account as uuid), account_id),
                            attempts = cast(:attempts as integer), next_attempt_at = :next, last_error = :error
                        where meeting_uuid = :uuid and state = 'PENDING'
                        """)
                .text("account", accountId == null ? null : accountId.toString())
                .number("attempts", (long) attempts).instant("next", nextAttemptAt)
                .text("error", truncate(lastError)).text("uuid", meetingUuid)
                .execute();
    }

    @Override
    public void finish(String meetingUuid, UUID accountId, int attempts, ReconciliationOutcome outcome, String detail,
                       Instant finishedAt) {
        NativeSql.of(entityManager, """
                        update reconciliation set account_id = coalesce(cast(:account as uuid), account_id),
                            attempts = cast(:attempts as integer), state = 'FINISHED', outcome = :outcome,
                            outcome_detail = :detail, finished_at = :finished
                        where meeting_uuid = :uuid and state = 'PENDING'
                        """)
                .text("account", accountId == null ? null : accountId.toString())
                .number("attempts", (long) attempts).text("outcome", outcome.name())
                .text("detail", truncate(detail)).instant("finished", finishedAt).text("uuid", meetingUuid)
                .execute();
    }

    private static String truncate(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
