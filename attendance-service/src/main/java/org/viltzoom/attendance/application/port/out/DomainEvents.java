package org.viltzoom.attendance.application.port.out;

import org.viltzoom.kernel.domain.PlatformId;
import org.viltzoom.kernel.event.DomainEvent;

/** Publishes domain events in the caller's transaction. */
public interface DomainEvents {

    void publish(PlatformId platform, DomainEvent event);
}
