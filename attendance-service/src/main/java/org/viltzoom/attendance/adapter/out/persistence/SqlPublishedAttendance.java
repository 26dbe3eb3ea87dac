package org.viltzoom.attendance.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.viltzoom.attendance.application.port.out.PublishedAttendance;

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
    public void save(UUID trainingEventId, Published published, Instant publishedAt) {
        entityManager.createNativeQuery("""
                insert into published_attendance (training_event_id, version, fingerprint, published_at)
                values (:event, :version, :fingerprint, :at)
                on conflict (training_event_id) do update set version = excluded.version,
                    fingerprint = excluded.fingerprint, published_at = excluded.published_at
                """)
                .setParameter("event", trainingEventId)
                .setParameter("version", published.version())
                .setParameter("fingerprint", published.fingerprint())
                .setParameter("at", publishedAt)
                .executeUpdate();
    }
}
