package org.viltzoom.event.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.viltzoom.event.application.port.out.ConcurrentEventUpdateException;
import org.viltzoom.event.application.port.out.TrainingEventRepository;
import org.viltzoom.event.domain.TrainingEvent;

@ApplicationScoped
class PanacheTrainingEventRepository implements TrainingEventRepository, PanacheRepositoryBase<TrainingEventEntity, UUID> {

    private static final String ACTIVE = "status = 'SCHEDULED'";

    @Inject
    EntityManager entityManager;

    @Override
    public Optional<TrainingEvent> find(String platform, UUID id) {
        return find("id = ?1 and platform = ?2", id, platform).firstResultOptional().map(this::toDomain);
    }

    @Override
    public Optional<TrainingEvent> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(this::toDomain);
    }

    @Override
    public void save(TrainingEvent event) {
        TrainingEventEntity row = findById(event.id());
        if (row == null) {
            row = new TrainingEventEntity();
            TrainingEventEntities.copy(event, row);
            row.version = 0;
            row.createdAt = Instant.now();
            persist(row);
        } else {
            if (row.version != event.version()) {
                throw new ConcurrentEventUpdateException(event.id());
            }
            TrainingEventEntities.copy(event, row);
            row.version = event.version() + 1;
        }
        rememberMeeting(event.id(), event.meeting().meetingId());
    }

    private void rememberMeeting(UUID eventId, long meetingId) {
        if (entityManager.find(MeetingHistoryEntity.class, meetingId) == null) {
            MeetingHistoryEntity history = new MeetingHistoryEntity();
            history.meetingId = meetingId;
            history.trainingEventId = eventId;
            history.assignedAt = Instant.now();
            entityManager.persist(history);
        }
    }

    @Override
    public List<TrainingEvent> list(EventQuery query) {
        Filter filter = filter(query);
        return find(filter.where(), Sort.by("startAt").and("id"), filter.parameters())
                .range(query.offset(), query.offset() + query.limit() - 1)
                .list().stream().map(this::toDomain).toList();
    }

    @Override
    public long count(EventQuery query) {
        Filter filter = filter(query);
        return count(filter.where(), filter.parameters());
    }

    private record Filter(String where, Parameters parameters) {
    }

    private static Filter filter(EventQuery query) {
        List<String> conditions = new ArrayList<>(List.of("platform = :platform"));
        Parameters parameters = Parameters.with("platform", query.platform());
        if (query.courseId() != null) {
            conditions.add("courseId = :courseId");
            parameters.and("courseId", query.courseId());
        }
        if (query.iltSessionId() != null) {
            conditions.add("iltSessionId = :iltSessionId");
            parameters.and("iltSessionId", query.iltSessionId());
        }
        if (query.accountId() != null) {
            conditions.add("accountId = :accountId");
            parameters.and("accountId", query.accountId());
        }
        if (query.from() != null) {
            conditions.add("endAt > :from");
            parameters.and("from", query.from());
        }
        if (query.to() != null) {
            conditions.add("startAt < :to");
            parameters.and("to", query.to());
        }
        return new Filter(String.join(" and ", conditions), parameters);
    }

    @Override
    public long countActiveInCourse(UUID accountId, String courseId, UUID excluded) {
        return count("accountId = ?1 and courseId = ?2 and " + ACTIVE + " and id <> ?3", accountId, courseId,
                excludedId(excluded));
    }

    @Override
    public long countActiveInAccount(UUID accountId, UUID excluded) {
        return count("accountId = ?1 and " + ACTIVE + " and id <> ?2", accountId, excludedId(excluded));
    }

    @Override
    public long countActiveOverlapping(UUID accountId, Instant start, Instant end, UUID excluded) {
        return count("accountId = ?1 and " + ACTIVE + " and id <> ?2 and startAt < ?3 and endAt > ?4", accountId,
                excludedId(excluded), end, start);
    }

    @Override
    public List<UUID> findFutureOfAccount(UUID accountId, Instant now) {
        return find("accountId = ?1 and " + ACTIVE + " and startAt > ?2", accountId, now).list().stream()
                .map(row -> row.id).toList();
    }

    @Override
    public List<UUID> findFutureOfHost(UUID hostId, Instant now) {
        return find("hostId = ?1 and " + ACTIVE + " and startAt > ?2", hostId, now).list().stream()
                .map(row -> row.id).toList();
    }

    @Override
    public List<EventRef> findUpcoming(Instant from, Instant to, int limit) {
        return find(ACTIVE + " and startAt > ?1 and startAt <= ?2", io.quarkus.panache.common.Sort.by("startAt"), from, to)
                .page(0, limit).list().stream()
                .map(row -> new EventRef(row.platform, row.id))
                .toList();
    }

    @Override
    public List<UUID> findSyncDue(Instant now, int limit) {
        return find("syncState = 'PENDING_SYNC' and " + ACTIVE + " and syncRetryAfter <= ?1",
                Sort.by("syncRetryAfter"), now).range(0, limit - 1).list().stream().map(row -> row.id).toList();
    }

    @Override
    public Optional<TrainingEvent> findByMeetingId(long meetingId) {
        MeetingHistoryEntity history = entityManager.find(MeetingHistoryEntity.class, meetingId);
        return history == null ? Optional.empty() : findByIdOptional(history.trainingEventId).map(this::toDomain);
    }

    private TrainingEvent toDomain(TrainingEventEntity row) {
        List<Long> history = entityManager.createQuery(
                        "select h.meetingId from MeetingHistoryEntity h where h.trainingEventId = ?1 order by h.assignedAt",
                        Long.class)
                .setParameter(1, row.id).getResultList();
        return TrainingEventEntities.toDomain(row, history);
    }

    /** A UUID no event has, so that "other than" needs no null branch. */
    private static UUID excludedId(UUID excluded) {
        return excluded == null ? new UUID(0, 0) : excluded;
    }
}
