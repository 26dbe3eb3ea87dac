package org.viltzoom.kernel.event.account;

import java.time.Instant;
import java.util.UUID;
import org.viltzoom.kernel.event.DomainEvent;

/** An administrator changed the options, advanced settings or templates of an account. */
public record AccountSettingsChanged(
        UUID accountId,
        AccountOptions options,
        Instant changedAt) implements DomainEvent {

    public static final String TYPE = "vilt.account.settings-changed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
