package org.viltzoom.kernel.event.host;

import java.time.Instant;
import java.util.UUID;
import org.viltzoom.kernel.event.DomainEvent;

/**
 * A host is {@code NOT_PAIRED}: it may not host training events until it is paired again.
 *
 * @param zoomUserId the Zoom user the host was matched to, or null if it never was
 */
public record HostUnpaired(
        UUID hostId,
        UUID accountId,
        String lmsUserId,
        String email,
        String zoomUserId,
        HostUnpairReason reason,
        boolean webinarCapable,
        Instant unpairedAt) implements DomainEvent {

    public static final String TYPE = "vilt.host.unpaired.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return hostId.toString();
    }
}
