package org.viltzoom.kernel.inbox;

import org.viltzoom.kernel.event.DomainEvent;
import org.viltzoom.kernel.event.EventEnvelope;

/** Applies one domain event, inside the inbox transaction. */
@FunctionalInterface
public interface DomainEventHandler {

    void handle(EventEnvelope<DomainEvent> envelope) throws Exception;
}
