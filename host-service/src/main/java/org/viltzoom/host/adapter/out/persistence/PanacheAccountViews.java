package org.viltzoom.host.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.viltzoom.host.application.port.out.AccountViews;
import org.viltzoom.host.domain.AccountView;
import org.viltzoom.kernel.domain.AccountId;
import org.viltzoom.kernel.domain.PlatformId;

@ApplicationScoped
class PanacheAccountViews implements AccountViews, PanacheRepositoryBase<AccountViewEntity, UUID> {

    @Inject
    Clock clock;

    @Override
    public Optional<AccountView> find(AccountId accountId) {
        return findByIdOptional(accountId.value()).map(PanacheAccountViews::toDomain);
    }

    @Override
    public List<AccountView> findByZoomAccount(String zoomAccountId) {
        return list("zoomAccountId", zoomAccountId).stream().map(PanacheAccountViews::toDomain).toList();
    }

    @Override
    public void save(AccountView account) {
        AccountViewEntity entity = findById(account.accountId().value());
        boolean isNew = entity == null;
        if (isNew) {
            entity = new AccountViewEntity();
            entity.accountId = account.accountId().value();
        }
        entity.platform = account.platform().value();
        entity.zoomAccountId = account.zoomAccountId();
        entity.status = account.status();
        entity.updatedAt = clock.instant();
        if (isNew) {
            persist(entity);
        }
    }

    private static AccountView toDomain(AccountViewEntity entity) {
        return new AccountView(new AccountId(entity.accountId), PlatformId.of(entity.platform), entity.zoomAccountId,
                entity.status);
    }
}
