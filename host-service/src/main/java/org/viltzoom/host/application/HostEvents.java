package org.viltzoom.host.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.viltzoom.host.application.port.out.DomainEvents;
import org.viltzoom.host.domain.Host;
import org.viltzoom.host.domain.HostStatus;
import org.viltzoom.kernel.event.host.HostPaired;
import org.viltzoom.kernel.event.host.HostUnpairReason;
import org.viltzoom.kernel.event.host.HostUnpaired;

/** Publishes a host's state as HostPaired or HostUnpaired, in the caller's transaction. */
@ApplicationScoped
class HostEvents {

    private static final Logger LOG = Logger.getLogger(HostEvents.class);

    @Inject
    DomainEvents events;

    /** Publishes the host's current state; a host that is still PENDING_CHECK has none to publish. */
    void publishState(Host host, Instant now) {
        if (host.status() == HostStatus.PAIRED) {
            events.publish(host.platform(), new HostPaired(host.id().value(), host.accountId().value(),
                    host.lmsUserId().value(), host.email().value(), host.firstName(), host.lastName(),
                    host.zoomUserId(), host.webinarCapable(), now));
            LOG.infof("Host paired hostId=%s accountId=%s zoomUserId=%s webinarCapable=%s",
                    host.id(), host.accountId(), host.zoomUserId(), host.webinarCapable());
        } else if (host.status() == HostStatus.NOT_PAIRED) {
            publishUnpaired(host, host.unpairReason(), now);
        }
    }

    void publishUnpaired(Host host, HostUnpairReason reason, Instant now) {
        events.publish(host.platform(), new HostUnpaired(host.id().value(), host.accountId().value(),
                host.lmsUserId().value(), host.email().value(), host.zoomUserId(), reason, host.webinarCapable(), now));
        LOG.infof("Host not paired hostId=%s accountId=%s reason=%s", host.id(), host.accountId(), reason);
    }
}
