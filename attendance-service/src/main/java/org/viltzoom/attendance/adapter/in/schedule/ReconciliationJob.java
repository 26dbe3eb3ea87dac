package org.viltzoom.attendance.adapter.in.schedule;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.viltzoom.attendance.application.port.in.ReconcileAttendance;

/**
 * Runs the reconciliations that are due. Their times sit in the database, so a restart loses
 * none, and replicas share the work through row locks.
 */
@ApplicationScoped
class ReconciliationJob {

    private static final Logger LOG = Logger.getLogger(ReconciliationJob.class);

    @Inject
    ReconcileAttendance reconciliation;

    @Scheduled(every = "${vilt.reconciliation.poll-interval:15s}", delayed = "${vilt.reconciliation.poll-delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            int attempted = reconciliation.reconcileDue();
            if (attempted > 0) {
                LOG.debugf("Attempted %d reconciliations", attempted);
            }
        } catch (RuntimeException e) {
            LOG.error("Reconciliation run failed; the next run takes the reconciliations it left due", e);
        }
    }
}
