package org.viltzoom.event.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.viltzoom.event.domain.EventKind;

/**
 * The durable queue of Zoom registrants to delete. A registrant enters it in the transaction that
 * stops using it (an unenrollment, or a registration under a new email), so none is forgotten
 * when Zoom fails or the service stops.
 */
public interface RegistrationDeletions {

    void enqueue(PendingRegistrationDeletion deletion);

    List<PendingRegistrationDeletion> due(Instant now, int limit);

    /** Returns whether the registrant is still queued, as it is until a delete succeeds. */
    boolean isQueued(long meetingId, String registrantId);

    void done(long meetingId, String registrantId);

    void retryAt(long meetingId, String registrantId, Instant nextAttempt, String lastError);

    record PendingRegistrationDeletion(long meetingId, String registrantId, EventKind kind, UUID accountId,
                                       UUID trainingEventId, int attempts, Instant nextAttemptAt) {
    }
}
