package org.viltzoom.event.adapter.in.schedule;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.viltzoom.event.application.port.in.SyncZoomMeetings;

/**
 * Polls the durable queues (meetings to delete, replacements that waited for the daily limit's
 * reset) and checks the meetings of upcoming events in Zoom. Nothing waits in a thread; each run
 * takes what is due on the service clock.
 */
@ApplicationScoped
class ZoomSyncJobs {

    private static final Logger LOG = Logger.getLogger(ZoomSyncJobs.class);

    @Inject
    SyncZoomMeetings sync;

    @Scheduled(every = "${vilt.event.queue-poll-interval:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void runQueues() {
        try {
            sync.retryDeletions();
            sync.runPendingReplacements();
        } catch (RuntimeException e) {
            LOG.error("Zoom sync queues failed; the next run retries", e);
        }
    }

    @Scheduled(every = "${vilt.event.status-check-interval:30m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void checkUpcomingMeetings() {
        try {
            int checked = sync.checkUpcomingMeetings();
            LOG.debugf("Checked %d upcoming Zoom meetings", checked);
        } catch (RuntimeException e) {
            LOG.error("Checking upcoming Zoom meetings failed; the next run retries", e);
        }
    }
}
