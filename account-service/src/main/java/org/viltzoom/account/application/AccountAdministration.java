package org.viltzoom.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.jboss.logging.Logger;
import org.viltzoom.account.application.exception.AccountNotFoundException;
import org.viltzoom.account.application.exception.VersionMismatchException;
import org.viltzoom.account.application.port.in.ManageAccounts;
import org.viltzoom.account.application.port.out.AccountRepository;
import org.viltzoom.account.application.port.out.CredentialsRepository;
import org.viltzoom.account.application.port.out.DomainEvents;
import org.viltzoom.account.application.port.out.ZoomAuthorization;
import org.viltzoom.account.domain.Account;
import org.viltzoom.account.domain.AccountLimits;
import org.viltzoom.account.domain.AdvancedSettings;
import org.viltzoom.account.domain.UnpairReason;
import org.viltzoom.kernel.domain.AccountId;
import org.viltzoom.kernel.domain.PlatformId;

@ApplicationScoped
public class AccountAdministration implements ManageAccounts {

    private static final Logger LOG = Logger.getLogger(AccountAdministration.class);

    @Inject
    AccountRepository accounts;

    @Inject
    CredentialsRepository credentials;

    @Inject
    DomainEvents events;

    @Inject
    ZoomAuthorization zoom;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public Account create(PlatformId platform, String name, String description) {
        Account account = Account.create(AccountId.random(), platform, name, description, clock.instant());
        accounts.save(account);
        LOG.infof("Created account accountId=%s platform=%s", account.id(), platform);
        return account;
    }

    @Override
    @Transactional
    public Account get(PlatformId platform, AccountId id) {
        return load(platform, id);
    }

    @Override
    @Transactional
    public AccountPage list(PlatformId platform, int offset, int limit) {
        return new AccountPage(accounts.list(platform, offset, limit), accounts.count(platform));
    }

    @Override
    @Transactional
    public Account rename(PlatformId platform, AccountId id, long expectedVersion, String name, String description) {
        Account account = loadVersion(platform, id, expectedVersion);
        account.rename(name, description, clock.instant());
        accounts.save(account);
        return account;
    }

    @Override
    @Transactional
    public Account changeLimits(PlatformId platform, AccountId id, long expectedVersion, AccountLimits limits) {
        Account account = loadVersion(platform, id, expectedVersion);
        account.changeLimits(limits, clock.instant());
        saveSettings(account);
        return account;
    }

    @Override
    @Transactional
    public Account changeAdvancedSettings(PlatformId platform, AccountId id, long expectedVersion,
                                          AdvancedSettings settings) {
        Account account = loadVersion(platform, id, expectedVersion);
        account.changeAdvancedSettings(settings, clock.instant());
        saveSettings(account);
        return account;
    }

    @Override
    @Transactional
    public void delete(PlatformId platform, AccountId id, long expectedVersion) {
        Account account = loadVersion(platform, id, expectedVersion);

        if (account.unpair(UnpairReason.UNPAIRED_BY_ADMINISTRATOR, clock.instant())) {
            events.publish(platform, AccountEventFactory.unpaired(account, clock.instant()));
            credentials.find(id).map(c -> c.refreshToken()).ifPresent(zoom::revoke);
        }
        credentials.delete(id);
        accounts.delete(id);
        LOG.infof("Deleted account accountId=%s platform=%s", id, platform);
    }

    /** Settings reach other services only while the account is paired; pairing sends them too. */
    private void saveSettings(Account account) {
        accounts.save(account);
        if (account.isPaired()) {
            events.publish(account.platform(), AccountEventFactory.settingsChanged(account));
        }
        LOG.infof("Changed settings of accountId=%s version=%d", account.id(), account.version());
    }

    Account load(PlatformId platform, AccountId id) {
        return accounts.findInPlatform(id, platform).orElseThrow(() -> new AccountNotFoundException(id));
    }

    /** Loads and locks the account, then checks the version the caller read. */
    Account loadVersion(PlatformId platform, AccountId id, long expectedVersion) {
        Account account = accounts.findInPlatformForUpdate(id, platform)
                .orElseThrow(() -> new AccountNotFoundException(id));
        if (account.version() != expectedVersion) {
            throw new VersionMismatchException(expectedVersion, account.version());
        }
        return account;
    }
}
