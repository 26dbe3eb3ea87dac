package org.viltzoom.attendance.adapter.out.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.viltzoom.attendance.application.port.out.DomainEvents;
import org.viltzoom.kernel.domain.PlatformId;
import org.viltzoom.kernel.event.DomainEvent;
import org.viltzoom.kernel.outbox.OutboxWriter;

/** Publishes through the transactional outbox, and the kernel's relay sends the rows to Kafka. */
@ApplicationScoped
class OutboxDomainEvents implements DomainEvents {

    @Inject
    OutboxWriter outbox;

    @Override
    public void publish(PlatformId platform, DomainEvent event) {
        outbox.write(platform, event);
    }
}
