package org.viltzoom.event.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.viltzoom.event.domain.HostView;

/** The read model of hosts, fed by host-service's domain events. */
public interface HostViews {

    Optional<HostView> find(UUID hostId);

    /** Hosts of the account with any of these emails, compared case-insensitively. */
    List<HostView> findByEmails(UUID accountId, Collection<String> emails);

    void save(HostView host);
}
