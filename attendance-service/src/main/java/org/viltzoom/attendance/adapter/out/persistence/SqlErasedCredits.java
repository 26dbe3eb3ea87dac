package org.viltzoom.attendance.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import org.viltzoom.attendance.application.port.out.ErasedCredits;

@ApplicationScoped
class SqlErasedCredits implements ErasedCredits {

    @Inject
    EntityManager entityManager;

    @Override
    public List<ErasedCredit> of(Collection<String> meetingUuids) {
        if (meetingUuids.isEmpty()) {
            return List.of();
        }
        List<?> rows = entityManager.createNativeQuery("""
                        select meeting_uuid, connection_id, lms_user_id from erased_credit
                        where meeting_uuid in (:uuids)
                        order by meeting_uuid, connection_id, lms_user_id
                        """)
                .setParameter("uuids", List.copyOf(meetingUuids))
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(row -> new ErasedCredit((String) row[0], (String) row[1], (String) row[2]))
                .toList();
    }
}
