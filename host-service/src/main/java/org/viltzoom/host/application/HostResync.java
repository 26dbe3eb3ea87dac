package org.viltzoom.host.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.viltzoom.host.application.port.in.CheckDueHosts;
import org.viltzoom.host.application.port.out.AccountViews;
import org.viltzoom.host.application.port.out.HostRepository;
import org.viltzoom.host.domain.AccountView;
import org.viltzoom.host.domain.Host;
import org.viltzoom.kernel.domain.AccountId;
import org.viltzoom.kernel.domain.HostId;

/**
 * Checks due hosts one at a time with a pause between checks, so that a resync of many hosts
 * spreads its Zoom calls instead of bursting into Zoom's per-second limits. After a rate limit
 * the account's remaining hosts wait: until Zoom's retry time for a per-second limit, and until
 * the reset for a daily limit, without holding a thread.
 */
@ApplicationScoped
public class HostResync implements CheckDueHosts {

    private static final Logger LOG = Logger.getLogger(HostResync.class);

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

    /**
     * Accounts whose Zoom calls wait after a rate limit, with the time they may resume.
     * NOTE: kept per replica, so each replica learns a daily limit from its own first 429.
     */
    private final Map<AccountId, Instant> pausedAccounts = new ConcurrentHashMap<>();

    @Override
    public int checkDueHosts() {
        Instant now = clock.instant();
        List<HostId> claimed = Transactions.call(() ->
                hosts.claimDueChecks(now, now.plus(settings.resyncClaimLease()), settings.resyncBatchSize()));
        int checked = 0;
        for (HostId hostId : claimed) {
            if (checkOne(hostId)) {
                checked++;
                pause();
            }
        }
        if (checked > 0) {
            LOG.infof("Resync checked hosts count=%d claimed=%d", checked, claimed.size());
        }
        return checked;
    }

    /** Returns true when Zoom was called. */
    private boolean checkOne(HostId hostId) {
        Optional<Host> found = Transactions.call(() -> hosts.find(hostId));
        if (found.isEmpty()) {
            return false;
        }
        Host host = found.get();
        Optional<AccountView> account = Transactions.call(() -> accounts.find(host.accountId()));
        if (account.isEmpty() || !account.get().isPaired()) {
            // Unpairing already made the host NOT_PAIRED; re-pairing will ask for a check.
            update(hostId, current -> current.checkFailed(clock.instant().plus(settings.resyncPeriod())));
            return false;
        }

        Instant resumeAt = pausedAccounts.get(host.accountId());
        if (resumeAt != null && resumeAt.isAfter(clock.instant())) {
            update(hostId, current -> current.checkFailed(resumeAt));
            return false;
        }

        CheckOutcome outcome = checker.check(account.get(), host.email());
        if (outcome.isFailed()) {
            Instant retryAt = outcome.retryAfter();
            pausedAccounts.put(host.accountId(), retryAt);
            LOG.warnf("Resync paused accountId=%s until=%s dailyLimit=%s: %s", host.accountId(), retryAt,
                    outcome.failure().isDailyLimit(), outcome.failure().getMessage());
            update(hostId, current -> current.checkFailed(retryAt));
            return true;
        }

        Transactions.run(() -> hosts.findForUpdate(hostId).ifPresent(current -> {
            Instant now = clock.instant();
            if (!current.email().equals(host.email())) {
                // The LMS changed the email while Zoom was asked; check the new one next time.
                current.requestCheck(now);
            } else if (current.applyCheck(outcome.classification(), now, settings.resyncPeriod())) {
                events.publishState(current, now);
            }
            hosts.save(current);
        }));
        return true;
    }

    private void update(HostId hostId, Consumer<Host> change) {
        Transactions.run(() -> hosts.findForUpdate(hostId).ifPresent(current -> {
            change.accept(current);
            hosts.save(current);
        }));
    }

    private void pause() {
        try {
            Thread.sleep(settings.resyncCallInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
