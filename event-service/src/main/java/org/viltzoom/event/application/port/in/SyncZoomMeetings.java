package org.viltzoom.event.application.port.in;

import java.util.UUID;
import org.viltzoom.event.domain.TrainingEvent;

/** Keeps events and Zoom meetings consistent after failures, limits and changes made in Zoom. */
public interface SyncZoomMeetings {

    /** Asks Zoom whether the event's meeting still exists and records the response. */
    TrainingEvent checkMeeting(String platform, UUID trainingEventId);

    /**
     * Checks the meetings of the soonest upcoming events, so that a meeting deleted in Zoom
     * without a notification is found before it should start. Returns how many were checked.
     */
    int checkUpcomingMeetings();

    /** Zoom reported the meeting deleted ({@code meeting.deleted}). */
    void meetingDeletedInZoom(long meetingId);

    /**
     * Retries due deletes of replaced or cancelled meetings and of registrants no learner uses
     * any more; returns how many succeeded.
     */
    int retryDeletions();

    /** Runs the replacements that waited for the daily limit's reset; returns how many ran. */
    int runPendingReplacements();
}
