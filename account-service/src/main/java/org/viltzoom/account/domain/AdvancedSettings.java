package org.viltzoom.account.domain;

/**
 * Defaults for new training events of the account.
 *
 * @param mandatoryRegistration learners are registered in Zoom with their LMS email and names
 * @param mandatoryAuthentication learners must sign in to Zoom with {@code authenticationOption}
 * @param authenticationOption the id of a Zoom authentication profile; required when
 *     authentication is mandatory
 */
public record AdvancedSettings(boolean mandatoryRegistration, boolean mandatoryAuthentication,
                               String authenticationOption) {

    public AdvancedSettings {
        if (authenticationOption != null && authenticationOption.isBlank()) {
            authenticationOption = null;
        }
        if (mandatoryAuthentication && authenticationOption == null) {
            throw new AccountRuleViolation("authentication-option-missing", "authenticationOption",
                    "mandatory authentication needs the id of a Zoom authentication profile in authenticationOption");
        }
        if (authenticationOption != null && authenticationOption.length() > 255) {
            throw new AccountRuleViolation("too-long", "authenticationOption",
                    "authenticationOption is longer than 255 characters");
        }
    }

    public static AdvancedSettings defaults() {
        return new AdvancedSettings(false, false, null);
    }
}
