package org.viltzoom.kernel.event.host;

import java.time.Instant;
import java.util.UUID;
import org.viltzoom.kernel.event.DomainEvent;

/**
 * An LMS user was matched to an active, licensed Zoom user of the account.
 *
 * @param webinarCapable the Zoom user has a webinar licence or Zoom Events
 */
public record HostPaired(
        UUID hostId,
        UUID accountId,
        String lmsUserId,
        String email,
        String firstName,
        String lastName,
        String zoomUserId,
        boolean webinarCapable,
        Instant pairedAt) implements DomainEvent {

    public static final String TYPE = "vilt.host.paired.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return hostId.toString();
    }
}
