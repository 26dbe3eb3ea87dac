package org.viltzoom.event.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.viltzoom.event.domain.EventKind;

/**
 * The durable queue of Zoom meetings to delete. A meeting enters it in the transaction that
 * stops using it, so no meeting is forgotten when a delete fails or the service stops.
 */
public interface MeetingDeletions {

    void enqueue(PendingDeletion deletion);

    List<PendingDeletion> due(Instant now, int limit);

    void done(long meetingId);

    void retryAt(long meetingId, Instant nextAttempt, String lastError);

    record PendingDeletion(long meetingId, EventKind kind, UUID accountId, String hostZoomUserId, UUID trainingEventId,
                           int attempts, Instant nextAttemptAt) {
    }
}
