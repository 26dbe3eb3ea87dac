package org.viltzoom.event.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.viltzoom.event.domain.TrainingEvent;

/** Stores training events. */
public interface TrainingEventRepository {

    Optional<TrainingEvent> find(String platform, UUID id);

    /** Reads the event and locks its row until the transaction ends. */
    Optional<TrainingEvent> findForUpdate(UUID id);

    /**
     * Inserts a new event or updates a stored one whose version is still {@code event.version()};
     * the stored version then grows by one.
     *
     * @throws ConcurrentEventUpdateException if another transaction changed the event meanwhile
     */
    void save(TrainingEvent event);

    List<TrainingEvent> list(EventQuery query);

    long count(EventQuery query);

    /** Events of the course that are not cancelled or invalidated, other than {@code excluded}. */
    long countActiveInCourse(UUID accountId, String courseId, UUID excluded);

    long countActiveInAccount(UUID accountId, UUID excluded);

    /** Active events of the account whose [start, end) overlaps the interval, other than {@code excluded}. */
    long countActiveOverlapping(UUID accountId, Instant start, Instant end, UUID excluded);

    /** Scheduled events of the account that have not started by {@code now}. */
    List<UUID> findFutureOfAccount(UUID accountId, Instant now);

    List<UUID> findFutureOfHost(UUID hostId, Instant now);

    /** Scheduled events that start after {@code from} and no later than {@code to}, soonest first. */
    List<EventRef> findUpcoming(Instant from, Instant to, int limit);

    /** Events in {@code PENDING_SYNC} whose retry time has come. */
    List<UUID> findSyncDue(Instant now, int limit);

    /** The event that has or had this Zoom meeting id. */
    Optional<TrainingEvent> findByMeetingId(long meetingId);

    /** The platform and id of an event. */
    record EventRef(String platform, UUID id) {
    }

    /** Query of the list endpoint; null fields do not filter. */
    record EventQuery(String platform, String courseId, String iltSessionId, UUID accountId, Instant from, Instant to,
                      int offset, int limit) {
    }
}
