package org.viltzoom.event.adapter.in.schedule;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.viltzoom.event.application.port.in.SyncZoomMeetings;

/**
 * Polls the durable queues: meetings to delete and replacements that waited for the daily limit's
 * reset. Nothing waits in a thread; each run takes what is due on the service clock.
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
}
