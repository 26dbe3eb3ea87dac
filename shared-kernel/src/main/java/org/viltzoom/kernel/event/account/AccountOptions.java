package org.viltzoom.kernel.event.account;

import java.util.List;

/**
 * The settings of a paired account that other services apply to training events.
 *
 * @param maxSessionsPerCourse null when the limit is off, otherwise 1 to 999
 * @param maxSessionsPerAccount null when the limit is off, otherwise 1 to 999
 * @param maxConcurrentRooms null when the limit is off, otherwise 1 to 999; training events of
 *     the account whose times overlap count as concurrent rooms
 * @param mandatoryRegistration learners must be registered in Zoom with their LMS email and names
 * @param mandatoryAuthentication learners must sign in with {@code authenticationOption}
 * @param authenticationOption the id of the Zoom authentication profile, or null
 * @param enabledTemplateIds Zoom meeting template ids that training events may use
 * @param defaultTemplateId the template applied when a training event names none, or null
 */
public record AccountOptions(
        Integer maxSessionsPerCourse,
        Integer maxSessionsPerAccount,
        Integer maxConcurrentRooms,
        boolean mandatoryRegistration,
        boolean mandatoryAuthentication,
        String authenticationOption,
        List<String> enabledTemplateIds,
        String defaultTemplateId) {

    public AccountOptions {
        enabledTemplateIds = enabledTemplateIds == null ? List.of() : List.copyOf(enabledTemplateIds);
    }

    /** Every limit off, no mandatory registration or authentication, no template. */
    public static AccountOptions defaults() {
        return new AccountOptions(null, null, null, false, false, null, List.of(), null);
    }
}
