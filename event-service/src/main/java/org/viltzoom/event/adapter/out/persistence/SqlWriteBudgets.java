package org.viltzoom.event.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.viltzoom.event.application.port.out.WriteBudgets;

/** Each change is one statement, so concurrent reservations for a host cannot overbook its day. */
@ApplicationScoped
class SqlWriteBudgets implements WriteBudgets {

    @Inject
    EntityManager entityManager;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean tryReserve(String hostZoomUserId, LocalDate utcDay, int writes, int limit) {
        if (writes > limit) {
            return false;
        }
        int changed = entityManager.createNativeQuery("""
                        INSERT INTO host_write_budget (host_zoom_user_id, utc_day, used) VALUES (?1, ?2, ?3)
                        ON CONFLICT (host_zoom_user_id, utc_day)
                        DO UPDATE SET used = host_write_budget.used + EXCLUDED.used
                        WHERE host_write_budget.used + EXCLUDED.used <= ?4""")
                .setParameter(1, hostZoomUserId)
                .setParameter(2, utcDay)
                .setParameter(3, writes)
                .setParameter(4, limit)
                .executeUpdate();
        return changed == 1;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String hostZoomUserId, LocalDate utcDay, int writes) {
        entityManager.createNativeQuery("""
                        UPDATE host_write_budget SET used = GREATEST(0, used - ?3)
                        WHERE host_zoom_user_id = ?1 AND utc_day = ?2""")
                .setParameter(1, hostZoomUserId)
                .setParameter(2, utcDay)
                .setParameter(3, writes)
                .executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void exhaust(String hostZoomUserId, LocalDate utcDay, int limit) {
        entityManager.createNativeQuery("""
                        INSERT INTO host_write_budget (host_zoom_user_id, utc_day, used) VALUES (?1, ?2, ?3)
                        ON CONFLICT (host_zoom_user_id, utc_day) DO UPDATE SET used = EXCLUDED.used""")
                .setParameter(1, hostZoomUserId)
                .setParameter(2, utcDay)
                .setParameter(3, limit)
                .executeUpdate();
    }
}
