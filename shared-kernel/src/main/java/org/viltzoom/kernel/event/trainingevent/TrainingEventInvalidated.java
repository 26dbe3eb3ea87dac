package org.viltzoom.kernel.event.trainingevent;

import java.time.Instant;
import java.util.UUID;
import org.viltzoom.kernel.event.DomainEvent;

/** A future training event can no longer take place as planned because its account lost Zoom. */
public record TrainingEventInvalidated(
        UUID trainingEventId,
        UUID accountId,
        Reason reason,
        Instant invalidatedAt) implements DomainEvent {

    public static final String TYPE = "vilt.training-event.invalidated.v1";

    public enum Reason {
        ACCOUNT_UNPAIRED,
        ACCOUNT_SUPERSEDED
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return trainingEventId.toString();
    }
}
