package org.viltzoom.account.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import org.hibernate.exception.ConstraintViolationException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.viltzoom.account.application.port.out.AccountRepository;
import org.viltzoom.account.application.port.out.ConcurrentAccountUpdateException;
import org.viltzoom.account.domain.Account;
import org.viltzoom.account.domain.AccountStatus;
import org.viltzoom.kernel.domain.AccountId;
import org.viltzoom.kernel.domain.PlatformId;

@ApplicationScoped
class PanacheAccountRepository implements AccountRepository, PanacheRepositoryBase<AccountEntity, UUID> {

    @Inject
    AccountEntityMapper mapper;

    @Override
    public Optional<Account> find(AccountId id) {
        return findByIdOptional(id.value()).map(this::toDomain);
    }

    @Override
    public Optional<Account> findInPlatform(AccountId id, PlatformId platform) {
        return find("id = ?1 and platform = ?2", id.value(), platform.value()).firstResultOptional().map(this::toDomain);
    }

    @Override
    public Optional<Account> findForUpdate(AccountId id) {
        return findByIdOptional(id.value(), LockModeType.PESSIMISTIC_WRITE).map(this::toDomain);
    }

    @Override
    public Optional<Account> findInPlatformForUpdate(AccountId id, PlatformId platform) {
        return find("id = ?1 and platform = ?2", id.value(), platform.value())
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().map(this::toDomain);
    }

    @Override
    public List<Account> list(PlatformId platform, int offset, int limit) {
        return find("platform", Sort.by("createdAt").and("id"), platform.value())
                .range(offset, offset + limit - 1)
                .list().stream().map(this::toDomain).toList();
    }

    @Override
    public long count(PlatformId platform) {
        return count("platform", platform.value());
    }

    @Override
    public Optional<Account> findPairedByZoomAccount(String zoomAccountId) {
        return find("zoomAccountId = ?1 and status = ?2", zoomAccountId, AccountStatus.PAIRED)
                .firstResultOptional().map(this::toDomain);
    }

    @Override
    public List<AccountId> findAllPaired() {
        return find("status", Sort.by("id"), AccountStatus.PAIRED).list().stream()
                .map(entity -> new AccountId(entity.id)).toList();
    }

    @Override
    public void save(Account account) {
        AccountEntity stored = findById(account.id().value());
        try {
            if (stored == null) {
                persist(mapper.toNewEntity(account.snapshot()));
            } else {
                mapper.update(account.snapshot(), stored);
            }
            flush();
        } catch (PersistenceException e) {
            if (e.getCause() instanceof ConstraintViolationException violation
                    && "account_one_pairing_per_zoom_account".equals(violation.getConstraintName())) {
                throw new ConcurrentAccountUpdateException(account.id());
            }
            throw e;
        }
    }

    @Override
    public void delete(AccountId id) {
        deleteById(id.value());
    }

    private Account toDomain(AccountEntity entity) {
        return Account.restore(mapper.toSnapshot(entity));
    }
}
