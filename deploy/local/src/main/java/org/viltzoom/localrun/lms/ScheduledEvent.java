package org.viltzoom.localrun.lms;

import java.time.Instant;

/** A training event as event-service returned it, with the Zoom webinar behind it. */
public record ScheduledEvent(String id, long meetingId, String joinUrl, Instant start, String passcode,
                             String syncState) {
}
