package org.viltzoom.host.domain;

import java.time.Instant;
import java.util.UUID;
import org.viltzoom.kernel.event.host.HostUnpairReason;

/** Every field of a {@link Host}, for storing and restoring it. */
public record HostSnapshot(
        UUID id,
        UUID accountId,
        String platform,
        String lmsUserId,
        String email,
        String firstName,
        String lastName,
        HostStatus status,
        HostUnpairReason unpairReason,
        String zoomUserId,
        boolean webinarCapable,
        Instant lastCheckedAt,
        Instant checkDueAt,
        long version,
        Instant createdAt,
        Instant updatedAt) {
}
