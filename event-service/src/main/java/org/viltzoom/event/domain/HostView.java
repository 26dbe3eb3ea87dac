package org.viltzoom.event.domain;

import java.util.UUID;

/**
 * The state of a host as event-service stores it, fed by host-service's domain events.
 *
 * @param zoomUserId the matched Zoom user, or null if the host never was paired
 * @param webinarCapable the Zoom user has a webinar licence or Zoom Events
 */
public record HostView(
        UUID hostId,
        UUID accountId,
        String lmsUserId,
        String email,
        String zoomUserId,
        boolean paired,
        boolean webinarCapable) {
}
