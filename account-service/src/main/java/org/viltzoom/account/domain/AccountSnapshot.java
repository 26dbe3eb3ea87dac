package org.viltzoom.account.domain;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Every field of an {@link Account}, for storing and restoring it. */
public record AccountSnapshot(
        UUID id,
        String platform,
        String name,
        String description,
        AccountStatus status,
        UnpairReason unpairReason,
        String zoomAccountId,
        PairingMode pairingMode,
        String zoomAppClientId,
        String authorizedByZoomUserId,
        Instant pairedAt,
        UUID supersededByAccountId,
        String supersededByPlatform,
        Integer maxSessionsPerCourse,
        Integer maxSessionsPerAccount,
        Integer maxConcurrentRooms,
        boolean mandatoryRegistration,
        boolean mandatoryAuthentication,
        String authenticationOption,
        Set<String> enabledTemplateIds,
        String defaultTemplateId,
        Set<String> missingScopes,
        long version,
        Instant createdAt,
        Instant updatedAt) {
}
