package org.viltzoom.attendance.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One participant connection to a meeting instance, from a join to its leave. Zoom gives every
 * rejoin a new connection, so one person usually has several.
 *
 * @param leave null while the connection is open, or when its leave never arrived
 */
public record Connection(String meetingUuid, Instant join, Instant leave) {

    public Connection {
        Objects.requireNonNull(meetingUuid, "meetingUuid");
        Objects.requireNonNull(join, "join");
    }
}
