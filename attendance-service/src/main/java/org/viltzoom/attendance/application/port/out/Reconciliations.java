package org.viltzoom.attendance.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.viltzoom.attendance.domain.ReconciliationOutcome;

/** The durable schedule of reconciliations, one per ended meeting instance. */
public interface Reconciliations {

    /** Schedules the instance once; a repeated {@code meeting.ended} changes nothing. */
    void schedule(String meetingUuid, long zoomMeetingId, Instant dueAt);

    /**
     * Claims pending reconciliations due at {@code now} and moves their due time to
     * {@code leaseUntil}, so that no other replica takes them while this one works. A replica
     * that dies leaves them due again when the lease ends. Runs in the caller's transaction.
     */
    List<DueReconciliation> claimDue(Instant now, Instant leaseUntil, int limit);

    /** Records a failed attempt and the time of the next one. */
    void retryAt(String meetingUuid, UUID accountId, int attempts, Instant nextAttemptAt, String lastError);

    /** Ends the reconciliation with its outcome; it is never claimed again. */
    void finish(String meetingUuid, UUID accountId, int attempts, ReconciliationOutcome outcome, String detail,
                Instant finishedAt);

    /** @param attempts the attempts made before this one */
    record DueReconciliation(String meetingUuid, long zoomMeetingId, int attempts) {
    }
}
