package org.viltzoom.kernel.event.account;

import java.time.Instant;
import java.util.UUID;
import org.viltzoom.kernel.event.DomainEvent;

/**
 * An account record became connected to a Zoom account, for the first time or again.
 *
 * @param zoomAppId the id of the Zoom app whose webhooks belong to this account (its OAuth client id)
 */
public record AccountPaired(
        UUID accountId,
        String name,
        String zoomAccountId,
        PairingMode pairingMode,
        String zoomAppId,
        AccountOptions options,
        Instant pairedAt) implements DomainEvent {

    public static final String TYPE = "vilt.account.paired.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
