package org.viltzoom.host.adapter.in.schedule;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.viltzoom.host.application.port.in.CheckDueHosts;

/**
 * Runs the resync. Hosts become due by their periodic check time, a Zoom notification or a
 * re-pairing of their account, so the job polls often and each run does only what is due.
 */
@ApplicationScoped
class HostResyncJob {

    private static final Logger LOG = Logger.getLogger(HostResyncJob.class);

    @Inject
    CheckDueHosts resync;

    @Scheduled(every = "${vilt.host.resync-poll-interval:10s}", delayed = "${vilt.host.resync-poll-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            resync.checkDueHosts();
        } catch (RuntimeException e) {
            LOG.error("Host resync run failed; the next run retries the hosts it left due", e);
        }
    }
}
