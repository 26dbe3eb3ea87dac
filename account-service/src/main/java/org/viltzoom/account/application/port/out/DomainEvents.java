package org.viltzoom.account.application.port.out;

import org.viltzoom.kernel.domain.PlatformId;
import org.viltzoom.kernel.event.DomainEvent;

/** Publishes domain events with the transaction of the change they report. */
public interface DomainEvents {

    void publish(PlatformId platform, DomainEvent event);
}
