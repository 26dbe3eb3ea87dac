package org.viltzoom.account.adapter.in.schedule;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.viltzoom.account.application.port.in.VerifyPairings;

/** Runs the periodic check of paired accounts; one run at a time per instance. */
@ApplicationScoped
class PairingCheckJob {

    @Inject
    VerifyPairings verifier;

    @Scheduled(identity = "pairing-check", every = "${vilt.account.pairing-check-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        verifier.verifyAll();
    }
}
