package org.viltzoom.event.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.viltzoom.event.application.port.out.DailyLimitReachedException;
import org.viltzoom.event.application.port.out.MeetingDeletions;
import org.viltzoom.event.application.port.out.MeetingDeletions.PendingDeletion;
import org.viltzoom.event.application.port.out.ZoomMeetings;
import org.viltzoom.kernel.zoom.ZoomApiException;
import org.viltzoom.kernel.zoomtoken.TokenBrokerException;

/**
 * Deletes queued Zoom meetings. A meeting is in the queue before the first attempt, so a failed
 * attempt only moves its next try; the row goes away when Zoom confirms the delete.
 */
@ApplicationScoped
class MeetingDeleter {

    private static final Logger LOG = Logger.getLogger(MeetingDeleter.class);

    @Inject
    MeetingDeletions deletions;

    @Inject
    ZoomMeetings zoom;

    @Inject
    DailyWriteBudget budget;

    @Inject
    EventSettings settings;

    @Inject
    Clock clock;

    /**
     * Tries one queued delete now.
     *
     * @param budgetReserved whether the caller already reserved the delete's daily write
     * @return true when the meeting is gone
     */
    boolean attempt(PendingDeletion deletion, boolean budgetReserved) {
        if (!budgetReserved && !budget.reserve(deletion.hostZoomUserId(), budget.deleteCost())) {
            Transactions.run(() -> deletions.retryAt(deletion.meetingId(), budget.nextReset(), "daily write limit spent"));
            return false;
        }
        try {
            zoom.delete(deletion.accountId(), deletion.meetingId(), deletion.kind());
            Transactions.run(() -> deletions.done(deletion.meetingId()));
            LOG.infof("Deleted Zoom meeting meetingId=%d trainingEventId=%s", deletion.meetingId(),
                    deletion.trainingEventId());
            return true;
        } catch (DailyLimitReachedException e) {
            budget.exhaust(deletion.hostZoomUserId());
            Transactions.run(() -> deletions.retryAt(deletion.meetingId(), e.resetAt(), e.getMessage()));
        } catch (ZoomApiException | TokenBrokerException e) {
            budget.release(deletion.hostZoomUserId(), budget.deleteCost());
            Duration delay = DeletionBackoff.after(deletion.attempts(), settings.deletionRetryDelay());
            LOG.warnf("Deleting Zoom meeting meetingId=%d failed, retry in %s: %s", deletion.meetingId(), delay,
                    e.getMessage());
            Transactions.run(() -> deletions.retryAt(deletion.meetingId(), clock.instant().plus(delay), e.getMessage()));
        }
        return false;
    }
}
