package org.viltzoom.event.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.viltzoom.event.application.port.out.HostViews;
import org.viltzoom.event.domain.HostView;

/** The read model of hosts; each change replaces the whole row. */
@ApplicationScoped
class PanacheHostViews implements HostViews {

    @Inject
    EntityManager entityManager;

    @Override
    public Optional<HostView> find(UUID hostId) {
        return Optional.ofNullable(entityManager.find(HostViewEntity.class, hostId)).map(PanacheHostViews::toDomain);
    }

    @Override
    public List<HostView> findByEmails(UUID accountId, Collection<String> emails) {
        List<String> lower = emails.stream().filter(email -> email != null)
                .map(email -> email.trim().toLowerCase(Locale.ROOT)).distinct().toList();
        if (lower.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery(
                        "from HostViewEntity h where h.accountId = ?1 and h.emailLower in ?2", HostViewEntity.class)
                .setParameter(1, accountId).setParameter(2, lower)
                .getResultList().stream().map(PanacheHostViews::toDomain).toList();
    }

    @Override
    public void save(HostView host) {
        HostViewEntity row = entityManager.find(HostViewEntity.class, host.hostId());
        boolean fresh = row == null;
        if (fresh) {
            row = new HostViewEntity();
            row.hostId = host.hostId();
        }
        row.accountId = host.accountId();
        row.lmsUserId = host.lmsUserId();
        row.email = host.email();
        row.emailLower = host.email().toLowerCase(Locale.ROOT);
        row.zoomUserId = host.zoomUserId();
        row.paired = host.paired();
        row.webinarCapable = host.webinarCapable();
        if (fresh) {
            entityManager.persist(row);
        }
    }

    private static HostView toDomain(HostViewEntity row) {
        return new HostView(row.hostId, row.accountId, row.lmsUserId, row.email, row.zoomUserId, row.paired,
                row.webinarCapable);
    }
}
