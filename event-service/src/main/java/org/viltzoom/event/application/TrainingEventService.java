package org.viltzoom.event.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.viltzoom.event.application.exception.DailyLimitException;
import org.viltzoom.event.application.exception.EventNotEditableException;
import org.viltzoom.event.application.exception.NotTheHostException;
import org.viltzoom.event.application.exception.TrainingEventNotFoundException;
import org.viltzoom.event.application.exception.VersionMismatchException;
import org.viltzoom.event.application.port.in.ManageTrainingEvents;
import org.viltzoom.event.application.port.out.AccountViews;
import org.viltzoom.event.application.port.out.DailyLimitReachedException;
import org.viltzoom.event.application.port.out.DomainEvents;
import org.viltzoom.event.application.port.out.HostViews;
import org.viltzoom.event.application.port.out.IdempotencyKeys;
import org.viltzoom.event.application.port.out.MeetingDeletions;
import org.viltzoom.event.application.port.out.MeetingDeletions.PendingDeletion;
import org.viltzoom.event.application.port.out.TrainingEventRepository;
import org.viltzoom.event.application.port.out.TrainingEventRepository.EventQuery;
import org.viltzoom.event.application.port.out.ZoomMeetings;
import org.viltzoom.event.domain.AccountView;
import org.viltzoom.event.domain.EventDetails;
import org.viltzoom.event.domain.EventStatus;
import org.viltzoom.event.domain.HostView;
import org.viltzoom.event.domain.TrainingEvent;
import org.viltzoom.event.domain.ZoomMeeting;
import org.viltzoom.kernel.domain.PlatformId;
import org.viltzoom.kernel.event.trainingevent.TrainingEventCancelled;
import org.viltzoom.kernel.event.trainingevent.TrainingEventScheduled;

/** The use cases of one training event: create, read, list, edit, cancel. */
@ApplicationScoped
class TrainingEventService implements ManageTrainingEvents {

    private static final Logger LOG = Logger.getLogger(TrainingEventService.class);

    @Inject
    TrainingEventRepository events;

    @Inject
    AccountViews accounts;

    @Inject
    HostViews hosts;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    ZoomMeetings zoom;

    @Inject
    MeetingDeletions deletions;

    @Inject
    EventValidation validation;

    @Inject
    MeetingReplacement replacement;

    @Inject
    MeetingDeleter deleter;

    @Inject
    DailyWriteBudget budget;

    @Inject
    DomainEvents domainEvents;

    @Inject
    Clock clock;

    @Override
    public TrainingEvent create(String platform, String idempotencyKey, EventDetails details) {
        Optional<TrainingEvent> earlier = earlierCreate(platform, idempotencyKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        validation.check(details, null);
        AccountView account = accounts.find(details.accountId()).orElseThrow();
        HostView host = hosts.find(details.hostId()).orElseThrow();

        if (!budget.reserve(host.zoomUserId(), 1)) {
            throw new DailyLimitException(host.email(), budget.limit(), budget.nextReset());
        }
        ZoomMeeting meeting;
        try {
            meeting = zoom.create(details.accountId(), MeetingRequests.of(details, account, host));
        } catch (DailyLimitReachedException e) {
            budget.exhaust(host.zoomUserId());
            throw new DailyLimitException(host.email(), budget.limit(), e.resetAt());
        } catch (RuntimeException e) {
            budget.release(host.zoomUserId(), 1);
            throw MeetingReplacement.zoomRejection(e);
        }

        UUID id = UUID.randomUUID();
        try {
            boolean stored = Transactions.call(() -> store(platform, idempotencyKey, id, details, meeting, host));
            if (!stored) {
                replacement.discard(meeting, details.accountId(), id);
                return earlierCreate(platform, idempotencyKey).orElseThrow();
            }
        } catch (RuntimeException e) {
            replacement.discard(meeting, details.accountId(), id);
            throw e;
        }
        LOG.infof("Scheduled training event trainingEventId=%s accountId=%s meetingId=%d", id, details.accountId(),
                meeting.meetingId());
        return get(platform, id);
    }

    private boolean store(String platform, String idempotencyKey, UUID id, EventDetails details, ZoomMeeting meeting,
                          HostView host) {
        if (idempotencyKey != null && !idempotencyKeys.remember(platform, idempotencyKey, id)) {
            return false;
        }
        TrainingEvent event = TrainingEvent.schedule(id, platform, details, meeting);
        events.save(event);
        domainEvents.publish(new PlatformId(platform), new TrainingEventScheduled(
                TrainingEventMessages.schedule(event, host.email()), TrainingEventMessages.ref(meeting)));
        return true;
    }

    private Optional<TrainingEvent> earlierCreate(String platform, String idempotencyKey) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        return Transactions.call(() -> idempotencyKeys.find(platform, idempotencyKey).flatMap(id -> events.find(platform, id)));
    }

    @Override
    public TrainingEvent get(String platform, UUID id) {
        // A transaction of its own opens a fresh persistence context, so a read after a change
        // in this request never returns the entity as it was before.
        return Transactions.call(() -> events.find(platform, id)).orElseThrow(() -> new TrainingEventNotFoundException(id));
    }

    @Override
    public EventPage list(EventQuery query) {
        return Transactions.call(() -> new EventPage(events.list(query), events.count(query)));
    }

    @Override
    public TrainingEvent edit(String platform, UUID id, long expectedVersion, EventDetails details) {
        TrainingEvent event = get(platform, id);
        requireVersion(event, expectedVersion);
        requireScheduled(event);
        Instant now = clock.instant();

        if (details.equals(event.details())) {
            return event;
        }
        boolean startedOrEnded = event.hasStarted(now) || event.hasEnded(now);
        if (startedOrEnded && !details.differsInZoomFrom(event.details())) {
            // A past event keeps the rules it was scheduled under, since "not in the past" would reject any edit.
            if (!event.hasEnded(now)) {
                validation.check(details, id);
            }
            Transactions.run(() -> {
                TrainingEvent locked = lockedAt(id, expectedVersion);
                locked.changeLocalDetails(details);
                events.save(locked);
            });
            return get(platform, id);
        }
        if (event.hasEnded(now)) {
            throw new EventNotEditableException("event-in-past", "The event ended at "
                    + event.details().times().endInstant() + "; only instructors, attendance and join-button "
                    + "settings may change, because other changes would need a new Zoom meeting.");
        }
        if (event.hasStarted(now)) {
            throw new EventNotEditableException("event-running", "The event's Zoom meeting is running; a change "
                    + "that needs a new meeting would disconnect the participants. Edit it after the end.");
        }
        // Any change of a future event replaces its meeting, so the meeting always reflects the event.
        validation.check(details, id);
        return replacement.replace(event, details);
    }

    @Override
    public TrainingEvent cancel(String platform, UUID id, long expectedVersion) {
        TrainingEvent event = get(platform, id);
        requireVersion(event, expectedVersion);
        requireScheduled(event);
        Instant now = clock.instant();
        if (event.hasStarted(now) && !event.hasEnded(now)) {
            throw new EventNotEditableException("event-running",
                    "The event's Zoom meeting is running; cancel it after the end.");
        }
        ZoomMeeting meeting = Transactions.call(() -> {
            TrainingEvent locked = lockedAt(id, expectedVersion);
            locked.cancel();
            events.save(locked);
            deletions.enqueue(new PendingDeletion(locked.meeting().meetingId(), locked.meeting().kind(),
                    locked.details().accountId(), locked.meeting().hostZoomUserId(), id, 0, Instant.EPOCH));
            domainEvents.publish(new PlatformId(platform), new TrainingEventCancelled(id,
                    TrainingEventMessages.ref(locked.meeting()), now));
            return locked.meeting();
        });
        LOG.infof("Cancelled training event trainingEventId=%s meetingId=%d", id, meeting.meetingId());
        deleter.attempt(new PendingDeletion(meeting.meetingId(), meeting.kind(), event.details().accountId(),
                meeting.hostZoomUserId(), id, 0, Instant.EPOCH), false);
        return get(platform, id);
    }

    @Override
    public String startUrl(String platform, UUID id, String callerLmsUserId, boolean administrator) {
        TrainingEvent event = get(platform, id);
        if (!administrator) {
            boolean isHost = hosts.find(event.details().hostId())
                    .map(host -> host.lmsUserId().equals(callerLmsUserId)).orElse(false);
            if (!isHost) {
                throw new NotTheHostException(id);
            }
        }
        return zoom.read(event.details().accountId(), event.meeting().meetingId(), event.meeting().kind());
    }

    private TrainingEvent lockedAt(UUID id, long expectedVersion) {
        TrainingEvent locked = events.findForUpdate(id).orElseThrow(() -> new TrainingEventNotFoundException(id));
        requireVersion(locked, expectedVersion);
        return locked;
    }

    private static void requireVersion(TrainingEvent event, long expectedVersion) {
        if (event.version() != expectedVersion) {
            throw new VersionMismatchException(expectedVersion, event.version());
        }
    }

    private static void requireScheduled(TrainingEvent event) {
        if (event.status() != EventStatus.SCHEDULED) {
            throw new EventNotEditableException("event-not-scheduled",
                    "The event is " + event.status() + " and can no longer change.");
        }
    }
}
