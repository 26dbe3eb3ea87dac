package org.viltzoom.event.application.port.out;

import java.util.UUID;
import org.viltzoom.event.domain.EventKind;
import org.viltzoom.event.domain.PasscodePolicy;
import org.viltzoom.event.domain.ZoomMeeting;

/**
 * Zoom meetings and webinars of an account's hosts. Per-second rate limits are retried inside;
 * a daily limit throws {@link DailyLimitReachedException}; other Zoom errors throw the kernel's
 * {@code ZoomApiException} with the classified error.
 */
public interface ZoomMeetings {

    ZoomMeeting create(UUID accountId, MeetingRequest request);

    /** Deletes a meeting; a meeting that no longer exists counts as deleted. */
    void delete(UUID accountId, long meetingId, EventKind kind);

    /**
     * Reads a meeting and returns its current start URL. Zoom renews the host key in start URLs,
     * so they are read when needed and never stored.
     */
    String read(UUID accountId, long meetingId, EventKind kind);

    PasscodePolicy passcodePolicy(UUID accountId, String zoomUserId);

    /** Registers a learner and returns the registrant id and the personal join URL. */
    Registrant register(UUID accountId, long meetingId, EventKind kind, String email, String firstName, String lastName);

    /**
     * Deletes a learner's registration, so that the personal join URL no longer admits anyone. A
     * registration or meeting that no longer exists counts as deleted.
     */
    void deleteRegistration(UUID accountId, long meetingId, EventKind kind, String registrantId);

    record Registrant(String registrantId, String joinUrl) {
    }
}
