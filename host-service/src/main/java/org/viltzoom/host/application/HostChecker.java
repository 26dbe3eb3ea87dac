package org.viltzoom.host.application;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.viltzoom.host.application.port.out.ZoomUnavailableException;
import org.viltzoom.host.application.port.out.ZoomUsers;
import org.viltzoom.host.domain.AccountView;
import org.viltzoom.host.domain.Classification;
import org.viltzoom.host.domain.HostClassifier;
import org.viltzoom.host.domain.HostStatus;
import org.viltzoom.host.domain.ZoomUserLookup;
import org.viltzoom.kernel.domain.EmailAddress;

/** Matches emails to Zoom users of an account and classifies Zoom's responses. Runs outside transactions. */
@ApplicationScoped
class HostChecker {

    private final ZoomUsers zoom;
    private final ExecutorService pool;

    @Inject
    HostChecker(ZoomUsers zoom, HostSettings settings) {
        this.zoom = zoom;
        this.pool = Executors.newFixedThreadPool(settings.checkConcurrency(), runnable -> {
            Thread thread = new Thread(runnable, "host-check");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /**
     * Checks one email. The user's settings are read only for a user who would be PAIRED: a
     * pending, deactivated or basic user cannot host, so its webinar licence does not matter.
     */
    CheckOutcome check(AccountView account, EmailAddress email) {
        try {
            ZoomUserLookup lookup = zoom.findByEmail(account.accountId(), email);
            Classification classification = HostClassifier.classify(lookup, account.zoomAccountId());
            if (classification.status() == HostStatus.PAIRED) {
                boolean webinarCapable = zoom.isWebinarCapable(account.accountId(), classification.zoomUserId());
                classification = HostClassifier.classify(lookup, account.zoomAccountId(), webinarCapable);
            }
            return CheckOutcome.classified(classification);
        } catch (ZoomUnavailableException e) {
            return CheckOutcome.failed(e);
        }
    }

    /**
     * Checks many emails of one account, a few at a time. Once Zoom reports a daily limit, the
     * remaining emails are not sent: they would fail the same way until the reset.
     *
     * @return one outcome per email, in the order given
     */
    List<CheckOutcome> checkAll(AccountView account, List<EmailAddress> emails) {
        AtomicReference<ZoomUnavailableException> dailyLimit = new AtomicReference<>();
        List<Future<CheckOutcome>> futures = new ArrayList<>(emails.size());
        for (EmailAddress email : emails) {
            futures.add(pool.submit(() -> {
                ZoomUnavailableException reached = dailyLimit.get();
                if (reached != null) {
                    return CheckOutcome.failed(reached);
                }
                CheckOutcome outcome = check(account, email);
                if (outcome.isFailed() && outcome.failure().isDailyLimit()) {
                    dailyLimit.compareAndSet(null, outcome.failure());
                }
                return outcome;
            }));
        }

        List<CheckOutcome> outcomes = new ArrayList<>(emails.size());
        for (Future<CheckOutcome> future : futures) {
            outcomes.add(await(future));
        }
        return outcomes;
    }

    private static CheckOutcome await(Future<CheckOutcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while checking hosts in Zoom", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException("Checking a host in Zoom failed", e.getCause());
        }
    }
}
