package org.viltzoom.host.domain;

import java.util.Objects;
import org.viltzoom.kernel.domain.EmailAddress;
import org.viltzoom.kernel.domain.LmsUserId;

/**
 * The LMS's data about a user it assigns as a host.
 *
 * @param firstName may be empty, never null
 * @param lastName may be empty, never null
 */
public record HostProfile(LmsUserId lmsUserId, EmailAddress email, String firstName, String lastName) {

    /** Longer names are input errors. */
    public static final int MAX_NAME_LENGTH = 255;

    public HostProfile {
        Objects.requireNonNull(lmsUserId, "lmsUserId");
        Objects.requireNonNull(email, "email");
        firstName = name(firstName, "first name");
        lastName = name(lastName, "last name");
    }

    private static String name(String value, String what) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException(what + " is longer than " + MAX_NAME_LENGTH + " characters");
        }
        return trimmed;
    }
}
