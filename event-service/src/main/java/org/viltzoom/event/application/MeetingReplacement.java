package org.viltzoom.event.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.viltzoom.event.application.exception.TrainingEventNotFoundException;
import org.viltzoom.event.application.exception.ValidationFailedException;
import org.viltzoom.event.application.exception.VersionMismatchException;
import org.viltzoom.event.application.port.out.AccountViews;
import org.viltzoom.event.application.port.out.DailyLimitReachedException;
import org.viltzoom.event.application.port.out.DomainEvents;
import org.viltzoom.event.application.port.out.HostViews;
import org.viltzoom.event.application.port.out.MeetingDeletions;
import org.viltzoom.event.application.port.out.MeetingDeletions.PendingDeletion;
import org.viltzoom.event.application.port.out.TrainingEventRepository;
import org.viltzoom.event.application.port.out.ZoomMeetings;
import org.viltzoom.event.domain.AccountView;
import org.viltzoom.event.domain.EventDetails;
import org.viltzoom.event.domain.HostView;
import org.viltzoom.event.domain.RuleViolation;
import org.viltzoom.event.domain.TrainingEvent;
import org.viltzoom.event.domain.ZoomMeeting;
import org.viltzoom.kernel.domain.PlatformId;
import org.viltzoom.kernel.event.trainingevent.TrainingEventReplaced;

/**
 * Replaces the Zoom meeting of a future event: create the new meeting, switch the event to it and
 * queue the old one for deletion in one transaction, then delete the old one. Until the switch
 * commits, the event keeps its old meeting. A failure after the create queues the new meeting
 * for deletion instead, so no meeting stays in Zoom without an event.
 */
@ApplicationScoped
class MeetingReplacement {

    private static final Logger LOG = Logger.getLogger(MeetingReplacement.class);

    @Inject
    TrainingEventRepository events;

    @Inject
    AccountViews accounts;

    @Inject
    HostViews hosts;

    @Inject
    ZoomMeetings zoom;

    @Inject
    MeetingDeletions deletions;

    @Inject
    MeetingDeleter deleter;

    @Inject
    DailyWriteBudget budget;

    @Inject
    DomainEvents domainEvents;

    @Inject
    EnrollmentService enrollments;

    /**
     * Replaces the meeting so that it matches {@code details}, or stores the edit as pending sync
     * when the daily budget cannot cover both the create and the delete.
     *
     * @param current the event as read, at the version the edit applies to
     * @return the event as stored afterwards
     */
    TrainingEvent replace(TrainingEvent current, EventDetails details) {
        UUID eventId = current.id();
        long expectedVersion = current.version();
        AccountView account = accounts.find(details.accountId()).orElseThrow();
        HostView host = hosts.find(details.hostId()).orElseThrow();
        String oldHost = current.meeting().hostZoomUserId();

        if (!budget.reserveReplacement(host.zoomUserId(), oldHost)) {
            return defer(eventId, expectedVersion, details, budget.nextReset());
        }

        ZoomMeeting created;
        try {
            created = zoom.create(details.accountId(), MeetingRequests.of(details, account, host));
        } catch (DailyLimitReachedException e) {
            budget.exhaust(host.zoomUserId());
            budget.release(oldHost, budget.deleteCost());
            return defer(eventId, expectedVersion, details, e.resetAt());
        } catch (RuntimeException e) {
            releaseReplacement(host.zoomUserId(), oldHost);
            throw zoomRejection(e);
        }

        Switched switched;
        try {
            switched = Transactions.call(() -> switchMeeting(eventId, expectedVersion, details, created, host));
        } catch (RuntimeException e) {
            discard(created, details.accountId(), eventId);
            budget.release(oldHost, budget.deleteCost());
            throw e;
        }

        ZoomMeeting previous = switched.previous();
        LOG.infof("Replaced Zoom meeting trainingEventId=%s oldMeetingId=%d newMeetingId=%d", eventId,
                previous.meetingId(), created.meetingId());
        deleter.attempt(new PendingDeletion(previous.meetingId(), previous.kind(), details.accountId(),
                previous.hostZoomUserId(), eventId, 0, Instant.EPOCH), true);
        enrollments.registerAgain(eventId);
        return Transactions.call(() -> events.find(switched.platform(), eventId))
                .orElseThrow(() -> new TrainingEventNotFoundException(eventId));
    }

    /** The outcome of the switch: the old meeting, which is now queued for deletion. */
    private record Switched(String platform, ZoomMeeting previous) {
    }

    private Switched switchMeeting(UUID eventId, long expectedVersion, EventDetails details, ZoomMeeting created,
                                       HostView host) {
        TrainingEvent event = events.findForUpdate(eventId).orElseThrow(() -> new TrainingEventNotFoundException(eventId));
        if (event.version() != expectedVersion) {
            throw new VersionMismatchException(expectedVersion, event.version());
        }
        ZoomMeeting previous = event.replaceMeeting(details, created);
        events.save(event);
        deletions.enqueue(new PendingDeletion(previous.meetingId(), previous.kind(), details.accountId(),
                previous.hostZoomUserId(), eventId, 0, Instant.EPOCH));
        domainEvents.publish(new PlatformId(event.platform()), new TrainingEventReplaced(
                TrainingEventMessages.schedule(event, host.email()),
                TrainingEventMessages.ref(previous),
                TrainingEventMessages.ref(created)));
        return new Switched(event.platform(), previous);
    }

    private TrainingEvent defer(UUID eventId, long expectedVersion, EventDetails details, Instant retryAfter) {
        return Transactions.call(() -> {
            TrainingEvent event = events.findForUpdate(eventId).orElseThrow(() -> new TrainingEventNotFoundException(eventId));
            if (event.version() != expectedVersion) {
                throw new VersionMismatchException(expectedVersion, event.version());
            }
            event.deferReplacement(details, retryAfter);
            events.save(event);
            LOG.infof("Deferred replacement trainingEventId=%s until=%s: daily Zoom write limit spent", eventId,
                    retryAfter);
            return events.find(event.platform(), eventId).orElseThrow();
        });
    }

    /** Queues a meeting that no event uses and tries to delete it at once. */
    void discard(ZoomMeeting meeting, UUID accountId, UUID eventId) {
        PendingDeletion deletion = new PendingDeletion(meeting.meetingId(), meeting.kind(), accountId,
                meeting.hostZoomUserId(), eventId, 0, Instant.EPOCH);
        Transactions.run(() -> deletions.enqueue(deletion));
        deleter.attempt(deletion, false);
    }

    private void releaseReplacement(String createHost, String deleteHost) {
        budget.release(createHost, 1);
        budget.release(deleteHost, budget.deleteCost());
    }

    /** Zoom's own validation errors become field errors; everything else propagates as it is. */
    static RuntimeException zoomRejection(RuntimeException e) {
        if (e instanceof org.viltzoom.kernel.zoom.ZoomApiException zoomError
                && zoomError.category() == org.viltzoom.kernel.zoom.ZoomErrorCategory.INVALID_INPUT
                && !zoomError.error().errors().isEmpty()) {
            return new ValidationFailedException(zoomError.error().errors().stream()
                    .map(error -> new RuleViolation("zoom." + error.field(), "rejected-by-zoom",
                            "Zoom rejected the meeting: " + error.message()))
                    .toList());
        }
        return e;
    }
}
