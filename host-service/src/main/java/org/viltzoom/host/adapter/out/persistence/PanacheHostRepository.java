package org.viltzoom.host.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.viltzoom.host.application.port.out.HostRepository;
import org.viltzoom.host.domain.Host;
import org.viltzoom.host.domain.HostStatus;
import org.viltzoom.kernel.domain.AccountId;
import org.viltzoom.kernel.domain.EmailAddress;
import org.viltzoom.kernel.domain.HostId;
import org.viltzoom.kernel.domain.LmsUserId;

@ApplicationScoped
class PanacheHostRepository implements HostRepository, PanacheRepositoryBase<HostEntity, UUID> {

    @Inject
    HostEntityMapper mapper;

    @Override
    public Optional<Host> find(HostId id) {
        return findByIdOptional(id.value()).map(this::toDomain);
    }

    @Override
    public Optional<Host> findForUpdate(HostId id) {
        return findByIdOptional(id.value(), LockModeType.PESSIMISTIC_WRITE).map(this::toDomain);
    }

    @Override
    public List<Host> findByLmsUsersForUpdate(AccountId accountId, Collection<LmsUserId> lmsUserIds) {
        if (lmsUserIds.isEmpty()) {
            return List.of();
        }
        List<String> ids = lmsUserIds.stream().map(LmsUserId::value).toList();
        return locked(find("accountId = :account and lmsUserId in :ids", Sort.by("id"),
                Parameters.with("account", accountId.value()).and("ids", ids)));
    }

    @Override
    public List<Host> findByAccountForUpdate(AccountId accountId) {
        return locked(find("accountId", Sort.by("id"), accountId.value()));
    }

    @Override
    public List<Host> findByZoomUserForUpdate(Collection<AccountId> accountIds, String zoomUserId) {
        return locked(find("accountId in :accounts and zoomUserId = :zoomUser", Sort.by("id"),
                Parameters.with("accounts", uuids(accountIds)).and("zoomUser", zoomUserId)));
    }

    @Override
    public List<Host> findByEmailForUpdate(Collection<AccountId> accountIds, EmailAddress email) {
        return locked(find("accountId in :accounts and emailNormalized = :email", Sort.by("id"),
                Parameters.with("accounts", uuids(accountIds)).and("email", email.normalized())));
    }

    @Override
    public List<Host> list(AccountId accountId, Optional<HostStatus> status, int offset, int limit) {
        Sort order = Sort.by("createdAt").and("id");
        PanacheQuery<HostEntity> query = status
                .map(wanted -> find("accountId = ?1 and status = ?2", order, accountId.value(), wanted))
                .orElseGet(() -> find("accountId", order, accountId.value()));
        return query.range(offset, offset + limit - 1).list().stream().map(this::toDomain).toList();
    }

    @Override
    public long count(AccountId accountId, Optional<HostStatus> status) {
        return status
                .map(wanted -> count("accountId = ?1 and status = ?2", accountId.value(), wanted))
                .orElseGet(() -> count("accountId", accountId.value()));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<HostId> claimDueChecks(Instant now, Instant leaseUntil, int limit) {
        List<UUID> ids = getEntityManager().createNativeQuery(
                        "select id from host where check_due_at <= :now order by check_due_at"
                                + " limit :limit for update skip locked", UUID.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        update("checkDueAt = :lease where id in :ids", Parameters.with("lease", leaseUntil).and("ids", ids));
        return ids.stream().map(HostId::new).toList();
    }

    @Override
    public void save(Host host) {
        HostEntity stored = findById(host.id().value());
        if (stored == null) {
            persist(mapper.toNewEntity(host.snapshot()));
        } else {
            mapper.update(host.snapshot(), stored);
        }
    }

    @Override
    public void delete(Host host) {
        deleteById(host.id().value());
    }

    private List<Host> locked(PanacheQuery<HostEntity> query) {
        return query.withLock(LockModeType.PESSIMISTIC_WRITE).list().stream().map(this::toDomain).toList();
    }

    private Host toDomain(HostEntity entity) {
        return Host.restore(mapper.toSnapshot(entity));
    }

    private static List<UUID> uuids(Collection<AccountId> accountIds) {
        return accountIds.stream().map(AccountId::value).toList();
    }
}
