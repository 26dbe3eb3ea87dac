package org.viltzoom.event.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.viltzoom.event.application.port.out.IdempotencyKeys;

@ApplicationScoped
class SqlIdempotencyKeys implements IdempotencyKeys {

    @Inject
    EntityManager entityManager;

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    @SuppressWarnings("unchecked")
    public Optional<UUID> find(String platform, String key) {
        List<UUID> ids = entityManager.createNativeQuery(
                        "SELECT training_event_id FROM idempotency_key WHERE platform = ?1 AND idempotency_key = ?2")
                .setParameter(1, platform).setParameter(2, key).getResultList();
        return ids.stream().findFirst();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean remember(String platform, String key, UUID trainingEventId) {
        int inserted = entityManager.createNativeQuery("""
                        INSERT INTO idempotency_key (platform, idempotency_key, training_event_id, created_at)
                        VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING""")
                .setParameter(1, platform).setParameter(2, key).setParameter(3, trainingEventId)
                .setParameter(4, Instant.now())
                .executeUpdate();
        return inserted == 1;
    }
}
