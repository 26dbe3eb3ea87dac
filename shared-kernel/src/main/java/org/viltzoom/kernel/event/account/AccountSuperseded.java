package org.viltzoom.kernel.event.account;

import java.time.Instant;
import java.util.UUID;
import org.viltzoom.kernel.event.DomainEvent;

/**
 * The Zoom account of this record was paired to another record after an explicit overwrite
 * confirmation. The newest pairing wins, so this record's future training events are invalid.
 */
public record AccountSuperseded(
        UUID accountId,
        String zoomAccountId,
        UUID supersededByAccountId,
        String supersededByPlatform,
        Instant supersededAt) implements DomainEvent {

    public static final String TYPE = "vilt.account.superseded.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
