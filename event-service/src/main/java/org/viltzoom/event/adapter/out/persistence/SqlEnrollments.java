package org.viltzoom.event.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.viltzoom.event.application.port.out.Enrollments;
import org.viltzoom.event.domain.Enrollment;

@ApplicationScoped
class SqlEnrollments implements Enrollments {

    @Inject
    EntityManager entityManager;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<Enrollment> list(UUID trainingEventId) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT lms_user_id, email, first_name, last_name, registrant_id, join_url
                        FROM enrollment WHERE training_event_id = ?1 ORDER BY lms_user_id""")
                .setParameter(1, trainingEventId).getResultList();
        return rows.stream().map(row -> new Enrollment((String) row[0], (String) row[1], (String) row[2],
                (String) row[3], (String) row[4], (String) row[5])).toList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void save(UUID trainingEventId, Enrollment enrollment) {
        entityManager.createNativeQuery("""
                        INSERT INTO enrollment (training_event_id, lms_user_id, email, first_name, last_name,
                                                registrant_id, join_url)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        ON CONFLICT (training_event_id, lms_user_id) DO UPDATE SET email = EXCLUDED.email,
                            first_name = EXCLUDED.first_name, last_name = EXCLUDED.last_name,
                            registrant_id = EXCLUDED.registrant_id, join_url = EXCLUDED.join_url""")
                .setParameter(1, trainingEventId)
                .setParameter(2, enrollment.lmsUserId())
                .setParameter(3, enrollment.email())
                .setParameter(4, enrollment.firstName())
                .setParameter(5, enrollment.lastName())
                .setParameter(6, enrollment.registrantId())
                .setParameter(7, enrollment.joinUrl())
                .executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(UUID trainingEventId, String lmsUserId) {
        entityManager.createNativeQuery("DELETE FROM enrollment WHERE training_event_id = ?1 AND lms_user_id = ?2")
                .setParameter(1, trainingEventId).setParameter(2, lmsUserId).executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean registrantInUse(UUID trainingEventId, String registrantId) {
        return !entityManager.createNativeQuery("""
                        SELECT 1 FROM enrollment WHERE training_event_id = ?1 AND registrant_id = ?2 LIMIT 1""")
                .setParameter(1, trainingEventId).setParameter(2, registrantId).getResultList().isEmpty();
    }
}
