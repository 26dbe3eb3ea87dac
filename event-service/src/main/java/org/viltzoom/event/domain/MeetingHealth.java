package org.viltzoom.event.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * What the last status checks of an event's Zoom meeting found. Zoom returns 404 code 3001 both
 * for a deleted meeting and, briefly, for one it cannot read yet, so a single 3001 only makes the
 * meeting suspect; a second 3001 at least {@link #CONFIRMATION_DELAY} later, or a
 * {@code meeting.deleted} notification, confirms the deletion. The service never recreates a
 * meeting by itself: a confirmed deletion waits for an administrator's edit.
 *
 * @param hostMissing Zoom answered 404 code 1001: the host's Zoom user no longer exists
 * @param suspectSince when the first unconfirmed 3001 arrived, or null
 * @param deletedInZoom the deletion is confirmed
 */
public record MeetingHealth(boolean hostMissing, Instant suspectSince, boolean deletedInZoom) {

    public static final Duration CONFIRMATION_DELAY = Duration.ofMinutes(10);

    public static MeetingHealth healthy() {
        return new MeetingHealth(false, null, false);
    }

    public MeetingHealth withHostMissing() {
        return new MeetingHealth(true, suspectSince, deletedInZoom);
    }

    /** Records a 404 code 3001 at {@code now}. */
    public MeetingHealth withMeetingNotFound(Instant now) {
        if (deletedInZoom) {
            return this;
        }
        if (suspectSince == null) {
            return new MeetingHealth(hostMissing, now, false);
        }
        boolean confirmed = !now.isBefore(suspectSince.plus(CONFIRMATION_DELAY));
        return new MeetingHealth(hostMissing, suspectSince, confirmed);
    }

    public MeetingHealth withDeletionNotified() {
        return new MeetingHealth(hostMissing, suspectSince, true);
    }
}
