package org.viltzoom.event.domain;

import java.util.List;
import java.util.UUID;

/**
 * What event-service knows of a Zoom account record, fed by account-service's domain events.
 *
 * @param status {@code PAIRED}, {@code UNPAIRED} or {@code SUPERSEDED}
 * @param maxSessionsPerCourse null when the limit is off
 * @param maxSessionsPerAccount null when the limit is off
 * @param maxConcurrentRooms null when the limit is off
 */
public record AccountView(
        UUID accountId,
        String platform,
        String status,
        String zoomAccountId,
        Integer maxSessionsPerCourse,
        Integer maxSessionsPerAccount,
        Integer maxConcurrentRooms,
        boolean mandatoryRegistration,
        boolean mandatoryAuthentication,
        String authenticationOption,
        List<String> enabledTemplateIds,
        String defaultTemplateId) {

    public static final String PAIRED = "PAIRED";

    public AccountView {
        enabledTemplateIds = enabledTemplateIds == null ? List.of() : List.copyOf(enabledTemplateIds);
    }

    public boolean isPaired() {
        return PAIRED.equals(status);
    }
}
