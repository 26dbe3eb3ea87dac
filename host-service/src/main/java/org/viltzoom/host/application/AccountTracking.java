package org.viltzoom.host.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.viltzoom.host.application.port.in.TrackAccounts;
import org.viltzoom.host.application.port.out.AccountViews;
import org.viltzoom.host.application.port.out.HostRepository;
import org.viltzoom.host.domain.AccountStatus;
import org.viltzoom.host.domain.AccountView;
import org.viltzoom.host.domain.Host;
import org.viltzoom.kernel.domain.AccountId;
import org.viltzoom.kernel.domain.PlatformId;

/**
 * Keeps the account read model and the hosts in step with account-service. Re-pairing only
 * marks the hosts due for a check. The resync calls Zoom outside this transaction.
 */
@ApplicationScoped
public class AccountTracking implements TrackAccounts {

    private static final Logger LOG = Logger.getLogger(AccountTracking.class);

    @Inject
    AccountViews accounts;

    @Inject
    HostRepository hosts;

    @Inject
    HostEvents events;

    @Inject
    Clock clock;

    @Override
    public void paired(AccountId accountId, PlatformId platform, String zoomAccountId) {
        Optional<AccountView> before = accounts.find(accountId);
        accounts.save(new AccountView(accountId, platform, zoomAccountId, AccountStatus.PAIRED));

        boolean alreadyPairedToSameZoomAccount = before.isPresent() && before.get().isPaired()
                && zoomAccountId.equals(before.get().zoomAccountId());
        if (alreadyPairedToSameZoomAccount) {
            return;
        }
        Instant now = clock.instant();
        List<Host> accountHosts = hosts.findByAccountForUpdate(accountId);
        for (Host host : accountHosts) {
            host.requestCheck(now);
            hosts.save(host);
        }
        LOG.infof("Account paired accountId=%s zoomAccountId=%s hostsToCheck=%d", accountId, zoomAccountId,
                accountHosts.size());
    }

    @Override
    public void unpaired(AccountId accountId, PlatformId platform) {
        lost(accountId, platform, AccountStatus.UNPAIRED);
    }

    @Override
    public void superseded(AccountId accountId, PlatformId platform) {
        lost(accountId, platform, AccountStatus.SUPERSEDED);
    }

    private void lost(AccountId accountId, PlatformId platform, AccountStatus status) {
        AccountView account = accounts.find(accountId)
                .orElse(new AccountView(accountId, platform, null, status));
        accounts.save(account.withStatus(status));

        Instant now = clock.instant();
        List<Host> accountHosts = hosts.findByAccountForUpdate(accountId);
        int changed = 0;
        for (Host host : accountHosts) {
            if (host.accountNotPaired(now)) {
                events.publishState(host, now);
                changed++;
            }
            hosts.save(host);
        }
        LOG.infof("Account %s accountId=%s hostsNotPaired=%d", status, accountId, changed);
    }
}
