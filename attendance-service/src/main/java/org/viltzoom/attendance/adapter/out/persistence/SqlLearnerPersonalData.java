package org.viltzoom.attendance.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.viltzoom.attendance.application.port.out.LearnerPersonalData;
import org.viltzoom.kernel.domain.PlatformId;

@ApplicationScoped
class SqlLearnerPersonalData implements LearnerPersonalData {

    @Inject
    EntityManager entityManager;

    @Override
    public List<UUID> enrolledEvents(PlatformId platform, String lmsUserId) {
        List<?> ids = entityManager.createNativeQuery("""
                        select n.training_event_id from enrollment n
                        join training_event e on e.id = n.training_event_id
                        where e.platform = :platform and n.lms_user_id = :user
                        order by n.training_event_id
                        """)
                .setParameter("platform", platform.value())
                .setParameter("user", lmsUserId)
                .getResultList();
        return ids.stream().map(UUID.class::cast).toList();
    }

    @Override
    public void eraseEnrollment(UUID trainingEventId, String lmsUserId) {
        entityManager.createNativeQuery("""
                        update enrollment set email = null, first_name = null, last_name = null, registrant_id = null
                        where training_event_id = :event and lms_user_id = :user
                        """)
                .setParameter("event", trainingEventId)
                .setParameter("user", lmsUserId)
                .executeUpdate();
    }

    @Override
    public void eraseConnection(String meetingUuid, String connectionId, String lmsUserId, boolean removeIdentity) {
        entityManager.createNativeQuery("""
                        insert into erased_credit (meeting_uuid, connection_id, lms_user_id)
                        values (:uuid, :connection, :user)
                        on conflict do nothing
                        """)
                .setParameter("uuid", meetingUuid)
                .setParameter("connection", connectionId)
                .setParameter("user", lmsUserId)
                .executeUpdate();
        if (!removeIdentity) {
            return;
        }

        entityManager.createNativeQuery("""
                        update participant_connection set identity_erased = true, email = null, name = null,
                            registrant_id = null, customer_key = null, zoom_user_id = null
                        where meeting_uuid = :uuid and connection_id = :connection
                        """)
                .setParameter("uuid", meetingUuid)
                .setParameter("connection", connectionId)
                .executeUpdate();
    }

    @Override
    public void deleteUnmatched(UUID trainingEventId, String email) {
        entityManager.createNativeQuery("""
                        delete from unmatched_attendance
                        where training_event_id = :event and lower(email) = lower(:email)
                        """)
                .setParameter("event", trainingEventId)
                .setParameter("email", email)
                .executeUpdate();
    }

    @Override
    public void recordErasure(PlatformId platform, String lmsUserId, Instant erasedAt) {
        entityManager.createNativeQuery("""
                        insert into erased_learner (platform, lms_user_id, erased_at)
                        values (:platform, :user, :at)
                        on conflict (platform, lms_user_id)
                        do update set erased_at = greatest(erased_learner.erased_at, excluded.erased_at)
                        """)
                .setParameter("platform", platform.value())
                .setParameter("user", lmsUserId)
                .setParameter("at", erasedAt)
                .executeUpdate();
    }
}
