package org.viltzoom.kernel.event.account;

import java.time.Instant;
import java.util.UUID;
import org.viltzoom.kernel.event.DomainEvent;

/** An account record lost its Zoom connection; its tokens are deleted, its reporting data kept. */
public record AccountUnpaired(
        UUID accountId,
        String zoomAccountId,
        UnpairReason reason,
        Instant unpairedAt) implements DomainEvent {

    public static final String TYPE = "vilt.account.unpaired.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
