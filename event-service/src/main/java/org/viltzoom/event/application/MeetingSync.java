package org.viltzoom.event.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.viltzoom.event.application.exception.TrainingEventNotFoundException;
import org.viltzoom.event.application.port.in.SyncZoomMeetings;
import org.viltzoom.event.application.port.out.MeetingDeletions;
import org.viltzoom.event.application.port.out.MeetingDeletions.PendingDeletion;
import org.viltzoom.event.application.port.out.TrainingEventRepository;
import org.viltzoom.event.application.port.out.ZoomMeetings;
import org.viltzoom.event.domain.EventStatus;
import org.viltzoom.event.domain.MeetingHealth;
import org.viltzoom.event.domain.SyncState;
import org.viltzoom.event.domain.TrainingEvent;
import org.viltzoom.kernel.zoom.ZoomApiException;
import org.viltzoom.kernel.zoom.ZoomErrorCodes;
import org.viltzoom.kernel.zoomtoken.TokenBrokerException;

/** Status checks, deletion retries and pending replacements. */
@ApplicationScoped
class MeetingSync implements SyncZoomMeetings {

    private static final Logger LOG = Logger.getLogger(MeetingSync.class);
    private static final int BATCH = 50;

    @Inject
    TrainingEventRepository events;

    @Inject
    ZoomMeetings zoom;

    @Inject
    MeetingDeletions deletions;

    @Inject
    MeetingDeleter deleter;

    @Inject
    RegistrationDeleter registrationDeleter;

    @Inject
    MeetingReplacement replacement;

    @Inject
    Clock clock;

    @Inject
    EventSettings settings;

    @Override
    public int checkUpcomingMeetings() {
        java.time.Instant now = clock.instant();
        List<TrainingEventRepository.EventRef> upcoming = Transactions.call(() -> events.findUpcoming(
                now, now.plus(settings.statusCheckHorizon()), settings.statusCheckBatch()));

        int checked = 0;
        for (TrainingEventRepository.EventRef event : upcoming) {
            try {
                checkMeeting(event.platform(), event.id());
                checked++;
            } catch (RuntimeException e) {
                LOG.warnf("Checking the Zoom meeting of trainingEventId=%s failed; the next run retries: %s",
                        event.id(), e.getMessage());
            }
        }
        return checked;
    }

    /**
     * Checks the meeting and records only definite responses: 404 code 1001 flags the host as
     * missing, 404 code 3001 makes the meeting suspect (see {@link MeetingHealth}), and 200 clears
     * every flag. Server errors, rate limits and rejected tokens change nothing.
     */
    @Override
    public TrainingEvent checkMeeting(String platform, UUID trainingEventId) {
        TrainingEvent event = Transactions.call(() -> events.find(platform, trainingEventId))
                .orElseThrow(() -> new TrainingEventNotFoundException(trainingEventId));
        MeetingHealth health;
        try {
            zoom.read(event.details().accountId(), event.meeting().meetingId(), event.meeting().kind());
            health = MeetingHealth.healthy();
        } catch (ZoomApiException e) {
            if (e.error().status() == 404 && e.error().hasCode(ZoomErrorCodes.USER_NOT_FOUND)) {
                health = event.health().withHostMissing();
            } else if (e.error().status() == 404 && e.error().hasCode(ZoomErrorCodes.MEETING_NOT_FOUND)) {
                health = event.health().withMeetingNotFound(clock.instant());
            } else {
                LOG.warnf("Meeting check of trainingEventId=%s changed nothing: %s", trainingEventId, e.getMessage());
                return event;
            }
        } catch (TokenBrokerException e) {
            LOG.warnf("Meeting check of trainingEventId=%s changed nothing: %s", trainingEventId, e.getMessage());
            return event;
        }
        MeetingHealth result = health;
        return Transactions.call(() -> {
            TrainingEvent locked = events.findForUpdate(trainingEventId).orElseThrow();
            locked.recordHealth(result);
            events.save(locked);
            return events.find(platform, trainingEventId).orElseThrow();
        });
    }

    @Override
    public void meetingDeletedInZoom(long meetingId) {
        Transactions.run(() -> events.findByMeetingId(meetingId)
                .filter(event -> event.meeting().meetingId() == meetingId)
                .flatMap(event -> events.findForUpdate(event.id()))
                .ifPresent(event -> {
                    event.recordHealth(event.health().withDeletionNotified());
                    events.save(event);
                    LOG.infof("Zoom meeting meetingId=%d of trainingEventId=%s was deleted in Zoom", meetingId,
                            event.id());
                }));
    }

    @Override
    public int retryDeletions() {
        List<PendingDeletion> due = Transactions.call(() -> deletions.due(clock.instant(), BATCH));
        int deleted = 0;
        for (PendingDeletion deletion : due) {
            if (deleter.attempt(deletion, false)) {
                deleted++;
            }
        }
        return deleted + registrationDeleter.retryDue();
    }

    @Override
    public int runPendingReplacements() {
        List<UUID> due = Transactions.call(() -> events.findSyncDue(clock.instant(), BATCH));
        int ran = 0;
        for (UUID id : due) {
            try {
                TrainingEvent event = Transactions.call(() -> events.findForUpdate(id).orElseThrow());
                if (event.status() != EventStatus.SCHEDULED || event.syncState() != SyncState.PENDING_SYNC) {
                    continue;
                }
                TrainingEvent after = replacement.replace(event, event.details());
                if (after.syncState() == SyncState.IN_SYNC) {
                    ran++;
                }
            } catch (RuntimeException e) {
                Duration delay = Duration.ofMinutes(5);
                LOG.warnf("Pending replacement of trainingEventId=%s failed, retry in %s: %s", id, delay, e.getMessage());
                Transactions.run(() -> events.findForUpdate(id).ifPresent(event -> {
                    event.postponeSync(clock.instant().plus(delay));
                    events.save(event);
                }));
            }
        }
        return ran;
    }
}
