package org.viltzoom.event.adapter.out.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import org.viltzoom.event.application.port.out.EventLocks;

/**
 * A PostgreSQL advisory lock per training event, held by a transaction of its own for as long as
 * the work runs. The work's own steps run in new transactions on other connections, so the
 * holding transaction only keeps one connection and the lock.
 */
@ApplicationScoped
class PostgresEventLocks implements EventLocks {

    /** First key of the two-key advisory lock, which keeps these locks apart from other uses. */
    private static final int ENROLLMENT_LOCKS = 0x656e726c;

    /** Maximum hold, after which the transaction ends and the lock is released. */
    private static final Duration MAX_HOLD = Duration.ofMinutes(15);

    @Inject
    EntityManager entityManager;

    @Override
    public <T> T withEnrollmentLock(UUID trainingEventId, Supplier<T> work) {
        return QuarkusTransaction.requiringNew().timeout((int) MAX_HOLD.toSeconds()).call(() -> {
            // Two events whose ids share a hash code wait for each other, which is safe.
            entityManager.createNativeQuery("select 1 from (select pg_advisory_xact_lock(:namespace, :key)) as locked")
                    .setParameter("namespace", ENROLLMENT_LOCKS)
                    .setParameter("key", trainingEventId.hashCode())
                    .getSingleResult();
            return work.get();
        });
    }
}
