package org.viltzoom.event.application.port.in;

import java.util.List;
import java.util.UUID;
import org.viltzoom.event.application.port.out.TrainingEventRepository.EventQuery;
import org.viltzoom.event.domain.EventDetails;
import org.viltzoom.event.domain.TrainingEvent;

/** Creates, reads, edits and cancels training events. */
public interface ManageTrainingEvents {

    /**
     * Validates the event, creates its Zoom meeting and stores both. With an idempotency key that
     * was used before, returns the event of the first request and creates nothing.
     */
    TrainingEvent create(String platform, String idempotencyKey, EventDetails details);

    TrainingEvent get(String platform, UUID id);

    EventPage list(EventQuery query);

    /**
     * Applies an edit to version {@code expectedVersion}. A change of Zoom data replaces the
     * meeting, or stores the edit as pending sync when the host's daily Zoom limit is spent.
     */
    TrainingEvent edit(String platform, UUID id, long expectedVersion, EventDetails details);

    TrainingEvent cancel(String platform, UUID id, long expectedVersion);

    /**
     * Returns the current start URL of the event's meeting. Anyone who opens it becomes the host,
     * so only administrators and the event's host may read it.
     *
     * @param callerLmsUserId the LMS user id of the caller
     * @throws org.viltzoom.event.application.exception.NotTheHostException for anyone else
     */
    String startUrl(String platform, UUID id, String callerLmsUserId, boolean administrator);

    record EventPage(List<TrainingEvent> events, long total) {
    }
}
