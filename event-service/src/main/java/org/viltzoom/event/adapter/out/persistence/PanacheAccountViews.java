package org.viltzoom.event.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;
import org.viltzoom.event.application.port.out.AccountViews;
import org.viltzoom.event.domain.AccountView;

/** The read model of accounts; each change replaces the whole row. */
@ApplicationScoped
class PanacheAccountViews implements AccountViews {

    @Inject
    EntityManager entityManager;

    @Override
    public Optional<AccountView> find(UUID accountId) {
        AccountViewEntity row = entityManager.find(AccountViewEntity.class, accountId);
        if (row == null) {
            return Optional.empty();
        }
        return Optional.of(new AccountView(row.accountId, row.platform, row.status, row.zoomAccountId,
                row.maxSessionsPerCourse, row.maxSessionsPerAccount, row.maxConcurrentRooms, row.mandatoryRegistration,
                row.mandatoryAuthentication, row.authenticationOption,
                TrainingEventEntities.readList(row.enabledTemplateIds), row.defaultTemplateId));
    }

    @Override
    public void save(AccountView account) {
        AccountViewEntity row = entityManager.find(AccountViewEntity.class, account.accountId());
        boolean fresh = row == null;
        if (fresh) {
            row = new AccountViewEntity();
            row.accountId = account.accountId();
        }
        row.platform = account.platform();
        row.status = account.status();
        row.zoomAccountId = account.zoomAccountId();
        row.maxSessionsPerCourse = account.maxSessionsPerCourse();
        row.maxSessionsPerAccount = account.maxSessionsPerAccount();
        row.maxConcurrentRooms = account.maxConcurrentRooms();
        row.mandatoryRegistration = account.mandatoryRegistration();
        row.mandatoryAuthentication = account.mandatoryAuthentication();
        row.authenticationOption = account.authenticationOption();
        row.enabledTemplateIds = TrainingEventEntities.writeList(account.enabledTemplateIds());
        row.defaultTemplateId = account.defaultTemplateId();
        if (fresh) {
            entityManager.persist(row);
        }
    }
}
