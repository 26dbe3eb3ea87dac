package org.viltzoom.event.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A training event and the Zoom meeting that backs it. The event never loses its meeting on the
 * way: a replacement switches from one existing meeting to another, and the ids of every meeting
 * it had stay in {@link #meetingHistory()} so that late notifications for an old id still find it.
 */
public final class TrainingEvent {

    private final UUID id;
    private final String platform;
    private EventDetails details;
    private EventStatus status;
    private SyncState syncState;
    private Instant syncRetryAfter;
    private ZoomMeeting meeting;
    private final List<Long> meetingHistory;
    private boolean hostFlagged;
    private MeetingHealth health;
    private final long version;

    public TrainingEvent(UUID id, String platform, EventDetails details, EventStatus status, SyncState syncState,
                         Instant syncRetryAfter, ZoomMeeting meeting, List<Long> meetingHistory, boolean hostFlagged,
                         MeetingHealth health, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.platform = Objects.requireNonNull(platform, "platform");
        this.details = Objects.requireNonNull(details, "details");
        this.status = Objects.requireNonNull(status, "status");
        this.syncState = Objects.requireNonNull(syncState, "syncState");
        this.syncRetryAfter = syncRetryAfter;
        this.meeting = Objects.requireNonNull(meeting, "meeting");
        this.meetingHistory = new ArrayList<>(meetingHistory);
        this.hostFlagged = hostFlagged;
        this.health = health == null ? MeetingHealth.healthy() : health;
        this.version = version;
    }

    /** A new event whose Zoom meeting was just created. */
    public static TrainingEvent schedule(UUID id, String platform, EventDetails details, ZoomMeeting meeting) {
        return new TrainingEvent(id, platform, details, EventStatus.SCHEDULED, SyncState.IN_SYNC, null, meeting,
                List.of(meeting.meetingId()), false, MeetingHealth.healthy(), 0);
    }

    /** True once the event has started; running events count as started. */
    public boolean hasStarted(Instant now) {
        return !now.isBefore(details.times().startInstant());
    }

    public boolean hasEnded(Instant now) {
        return !now.isBefore(details.times().endInstant());
    }

    /** Learners see the join button from the lead time before the start until the end. */
    public boolean joinButtonVisible(Instant now) {
        if (status != EventStatus.SCHEDULED) {
            return false;
        }
        Instant from = details.times().startInstant().minus(Duration.ofMinutes(details.joinButtonLeadMinutes()));
        return !now.isBefore(from) && now.isBefore(details.times().endInstant());
    }

    /**
     * Switches to a new meeting that already exists in Zoom, with the details it was created for.
     *
     * @return the previous meeting, which the caller must delete
     */
    public ZoomMeeting replaceMeeting(EventDetails newDetails, ZoomMeeting newMeeting) {
        requireScheduled();
        ZoomMeeting previous = meeting;
        details = newDetails;
        meeting = newMeeting;
        meetingHistory.add(newMeeting.meetingId());
        syncState = SyncState.IN_SYNC;
        syncRetryAfter = null;
        health = MeetingHealth.healthy();
        hostFlagged = false;
        return previous;
    }

    /** Changes what only this service uses (instructors, attendance, join button), never Zoom data. */
    public void changeLocalDetails(EventDetails newDetails) {
        if (newDetails.differsInZoomFrom(details)) {
            throw new IllegalArgumentException("the change needs a new Zoom meeting");
        }
        details = newDetails;
    }

    /** Stores an edit whose replacement must wait until {@code retryAfter}, the daily limit's reset. */
    public void deferReplacement(EventDetails newDetails, Instant retryAfter) {
        requireScheduled();
        details = newDetails;
        syncState = SyncState.PENDING_SYNC;
        syncRetryAfter = retryAfter;
    }

    /** Moves a pending replacement to a later attempt. */
    public void postponeSync(Instant retryAfter) {
        syncRetryAfter = retryAfter;
    }

    public void cancel() {
        requireScheduled();
        status = EventStatus.CANCELLED;
    }

    public void invalidate() {
        status = EventStatus.INVALIDATED;
    }

    public void flagHost() {
        hostFlagged = true;
    }

    public void recordHealth(MeetingHealth newHealth) {
        health = newHealth;
    }

    private void requireScheduled() {
        if (status != EventStatus.SCHEDULED) {
            throw new IllegalStateException("training event " + id + " is " + status);
        }
    }

    public UUID id() {
        return id;
    }

    public String platform() {
        return platform;
    }

    public EventDetails details() {
        return details;
    }

    public EventStatus status() {
        return status;
    }

    public SyncState syncState() {
        return syncState;
    }

    public Instant syncRetryAfter() {
        return syncRetryAfter;
    }

    public ZoomMeeting meeting() {
        return meeting;
    }

    public List<Long> meetingHistory() {
        return List.copyOf(meetingHistory);
    }

    public boolean hostFlagged() {
        return hostFlagged;
    }

    public MeetingHealth health() {
        return health;
    }

    public long version() {
        return version;
    }
}
