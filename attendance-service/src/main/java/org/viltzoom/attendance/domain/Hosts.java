package org.viltzoom.attendance.domain;

import java.util.Set;
import org.viltzoom.kernel.domain.EmailAddress;

/** The host and alternative hosts of an event: they run it and are not learners. */
public record Hosts(Set<EmailAddress> emails, Set<String> zoomUserIds) {

    public Hosts {
        emails = Set.copyOf(emails);
        zoomUserIds = Set.copyOf(zoomUserIds);
    }

    public boolean includes(ParticipantConnection connection) {
        return (connection.email() != null && emails.contains(connection.email()))
                || (connection.zoomUserId() != null && zoomUserIds.contains(connection.zoomUserId()));
    }
}
