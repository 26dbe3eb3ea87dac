package org.viltzoom.event.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;
import org.viltzoom.event.application.port.out.DailyLimitReachedException;
import org.viltzoom.event.application.port.out.Enrollments;
import org.viltzoom.event.application.port.out.EventLocks;
import org.viltzoom.event.application.port.out.RegistrationDeletions;
import org.viltzoom.event.application.port.out.RegistrationDeletions.PendingRegistrationDeletion;
import org.viltzoom.event.application.port.out.ZoomMeetings;
import org.viltzoom.kernel.zoom.ZoomApiException;
import org.viltzoom.kernel.zoomtoken.TokenBrokerException;

/**
 * Deletes queued Zoom registrants. A registrant is in the queue before the first attempt, so a
 * failed attempt only moves its next try. The row goes away when Zoom confirms the delete, or
 * when another learner of the event still uses the registrant: Zoom gives two learners with one
 * email the same registrant.
 */
@ApplicationScoped
class RegistrationDeleter {

    private static final Logger LOG = Logger.getLogger(RegistrationDeleter.class);
    private static final int BATCH = 100;

    @Inject
    RegistrationDeletions deletions;

    @Inject
    Enrollments enrollments;

    @Inject
    ZoomMeetings zoom;

    @Inject
    EventLocks eventLocks;

    @Inject
    EventSettings settings;

    @Inject
    Clock clock;

    /** Tries the due deletes; returns how many registrants are gone. */
    int retryDue() {
        List<PendingRegistrationDeletion> due = Transactions.call(() -> deletions.due(clock.instant(), BATCH));
        int deleted = 0;
        for (PendingRegistrationDeletion deletion : due) {
            if (attempt(deletion)) {
                deleted++;
            }
        }
        return deleted;
    }

    /**
     * Tries one queued delete now, under the event's enrollment lock, so that no enrollment can
     * take the registrant between the check and the delete.
     *
     * @return true when the registrant is gone or still in use by another learner, false when the
     *         delete is to be retried
     */
    boolean attempt(PendingRegistrationDeletion deletion) {
        return eventLocks.withEnrollmentLock(deletion.trainingEventId(), () -> attemptLocked(deletion));
    }

    /** Tries one queued delete now; the caller holds the event's enrollment lock. */
    boolean attemptLocked(PendingRegistrationDeletion deletion) {
        boolean queued = Transactions.call(() -> deletions.isQueued(deletion.meetingId(), deletion.registrantId()));
        if (!queued) {
            return true;
        }

        boolean inUse = Transactions.call(() -> enrollments.registrantInUse(deletion.trainingEventId(),
                deletion.registrantId()));
        if (inUse) {
            Transactions.run(() -> deletions.done(deletion.meetingId(), deletion.registrantId()));
            LOG.infof("Kept Zoom registrant registrantId=%s of meetingId=%d, which another learner of "
                    + "trainingEventId=%s uses", deletion.registrantId(), deletion.meetingId(), deletion.trainingEventId());
            return true;
        }

        try {
            zoom.deleteRegistration(deletion.accountId(), deletion.meetingId(), deletion.kind(), deletion.registrantId());
            Transactions.run(() -> deletions.done(deletion.meetingId(), deletion.registrantId()));
            LOG.infof("Deleted Zoom registrant registrantId=%s of meetingId=%d trainingEventId=%s",
                    deletion.registrantId(), deletion.meetingId(), deletion.trainingEventId());
            return true;
        } catch (DailyLimitReachedException e) {
            retryAt(deletion, e.resetAt().isAfter(clock.instant()) ? Duration.between(clock.instant(), e.resetAt())
                    : DeletionBackoff.after(deletion.attempts(), settings.deletionRetryDelay()), e);
        } catch (ZoomApiException | TokenBrokerException e) {
            retryAt(deletion, DeletionBackoff.after(deletion.attempts(), settings.deletionRetryDelay()), e);
        }
        return false;
    }

    private void retryAt(PendingRegistrationDeletion deletion, Duration delay, RuntimeException e) {
        LOG.warnf("Deleting Zoom registrant registrantId=%s of meetingId=%d failed, retry in %s: %s",
                deletion.registrantId(), deletion.meetingId(), delay, e.getMessage());
        Transactions.run(() -> deletions.retryAt(deletion.meetingId(), deletion.registrantId(),
                clock.instant().plus(delay), e.getMessage()));
    }
}
