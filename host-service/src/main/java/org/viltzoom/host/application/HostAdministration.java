package org.viltzoom.host.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.viltzoom.host.application.exception.AccountNotFoundException;
import org.viltzoom.host.application.exception.AccountNotPairedException;
import org.viltzoom.host.application.exception.HostAlreadyPairedException;
import org.viltzoom.host.application.exception.HostNotFoundException;
import org.viltzoom.host.application.port.in.ManageHosts;
import org.viltzoom.host.application.port.out.AccountViews;
import org.viltzoom.host.application.port.out.HostRepository;
import org.viltzoom.host.domain.AccountView;
import org.viltzoom.host.domain.Host;
import org.viltzoom.host.domain.HostProfile;
import org.viltzoom.host.domain.HostStatus;
import org.viltzoom.kernel.domain.AccountId;
import org.viltzoom.kernel.domain.EmailAddress;
import org.viltzoom.kernel.domain.HostId;
import org.viltzoom.kernel.domain.LmsUserId;
import org.viltzoom.kernel.domain.PlatformId;
import org.viltzoom.kernel.event.host.HostUnpairReason;

/**
 * The administrator's host operations. Zoom is asked outside any database transaction, so that a
 * slow Zoom never holds row locks. The results are then stored in one short transaction.
 */
@ApplicationScoped
public class HostAdministration implements ManageHosts {

    private static final Logger LOG = Logger.getLogger(HostAdministration.class);

    @Inject
    HostRepository hosts;

    @Inject
    AccountViews accounts;

    @Inject
    HostChecker checker;

    @Inject
    HostEvents events;

    @Inject
    HostSettings settings;

    @Inject
    Clock clock;

    @Override
    public List<Assignment> assign(PlatformId platform, AccountId accountId, List<HostProfile> profiles) {
        AccountView account = Transactions.call(() -> pairedAccount(platform, accountId));
        List<EmailAddress> emails = profiles.stream().map(HostProfile::email).toList();

        long started = System.nanoTime();
        List<CheckOutcome> outcomes = checker.checkAll(account, emails);
        LOG.infof("Checked hosts in Zoom accountId=%s count=%d millis=%d", accountId, profiles.size(),
                (System.nanoTime() - started) / 1_000_000);

        return Transactions.call(() -> store(platform, accountId, profiles, outcomes));
    }

    private List<Assignment> store(PlatformId platform, AccountId accountId, List<HostProfile> profiles,
                                   List<CheckOutcome> outcomes) {
        // The account may have been unpaired while Zoom was asked; then the results are stale.
        pairedAccount(platform, accountId);
        Instant now = clock.instant();
        List<LmsUserId> lmsUserIds = profiles.stream().map(HostProfile::lmsUserId).toList();
        Map<LmsUserId, Host> existing = hosts.findByLmsUsersForUpdate(accountId, lmsUserIds).stream()
                .collect(Collectors.toMap(Host::lmsUserId, Function.identity()));

        List<Assignment> assignments = new ArrayList<>(profiles.size());
        for (int i = 0; i < profiles.size(); i++) {
            HostProfile profile = profiles.get(i);
            CheckOutcome outcome = outcomes.get(i);
            Host host = existing.get(profile.lmsUserId());
            boolean created = host == null;
            boolean emailChanged = false;
            if (created) {
                host = Host.assign(HostId.random(), accountId, platform, profile, now);
            } else {
                emailChanged = host.updateProfile(profile, now);
            }

            boolean changed = false;
            if (outcome.isFailed()) {
                host.checkFailed(outcome.retryAfter());
            } else {
                changed = host.applyCheck(outcome.classification(), now, settings.resyncPeriod());
            }
            hosts.save(host);
            if (changed || emailChanged) {
                events.publishState(host, now);
            }
            assignments.add(new Assignment(host, created));
        }
        LOG.infof("Assigned hosts accountId=%s count=%d", accountId, assignments.size());
        return assignments;
    }

    @Override
    public HostPage list(PlatformId platform, AccountId accountId, Optional<HostStatus> status, int page, int size) {
        return Transactions.call(() -> {
            knownAccount(platform, accountId);
            return new HostPage(hosts.list(accountId, status, page * size, size), hosts.count(accountId, status));
        });
    }

    @Override
    public Host get(PlatformId platform, AccountId accountId, HostId hostId) {
        return Transactions.call(() -> {
            knownAccount(platform, accountId);
            return hostOf(accountId, hostId, hosts.find(hostId));
        });
    }

    @Override
    public Host retry(PlatformId platform, AccountId accountId, HostId hostId) {
        Host host = get(platform, accountId, hostId);
        if (host.status() == HostStatus.PAIRED) {
            throw new HostAlreadyPairedException(hostId);
        }
        AccountView account = Transactions.call(() -> pairedAccount(platform, accountId));

        CheckOutcome outcome = checker.check(account, host.email());
        if (outcome.isFailed()) {
            Transactions.run(() -> {
                Host current = hostOf(accountId, hostId, hosts.findForUpdate(hostId));
                current.checkFailed(outcome.retryAfter());
                hosts.save(current);
            });
            throw outcome.failure();
        }

        return Transactions.call(() -> {
            Instant now = clock.instant();
            Host current = hostOf(accountId, hostId, hosts.findForUpdate(hostId));
            if (current.applyCheck(outcome.classification(), now, settings.resyncPeriod())) {
                events.publishState(current, now);
            }
            hosts.save(current);
            return current;
        });
    }

    @Override
    public void remove(PlatformId platform, AccountId accountId, HostId hostId) {
        Transactions.run(() -> {
            knownAccount(platform, accountId);
            Host host = hostOf(accountId, hostId, hosts.findForUpdate(hostId));
            hosts.delete(host);
            events.publishUnpaired(host, HostUnpairReason.REMOVED, clock.instant());
        });
    }

    private AccountView knownAccount(PlatformId platform, AccountId accountId) {
        return accounts.find(accountId)
                .filter(account -> account.platform().equals(platform))
                .orElseThrow(() -> new AccountNotFoundException(accountId));
    }

    private AccountView pairedAccount(PlatformId platform, AccountId accountId) {
        AccountView account = knownAccount(platform, accountId);
        if (!account.isPaired()) {
            throw new AccountNotPairedException(accountId, account.status());
        }
        return account;
    }

    private static Host hostOf(AccountId accountId, HostId hostId, Optional<Host> found) {
        return found.filter(host -> host.accountId().equals(accountId))
                .orElseThrow(() -> new HostNotFoundException(accountId, hostId));
    }
}
