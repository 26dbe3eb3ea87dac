package org.viltzoom.kernel.domain;

import java.util.regex.Pattern;

/**
 * One LMS installation, for example {@code production} or {@code sandbox}. Every account, host,
 * training event and attendance record belongs to exactly one platform.
 */
public record PlatformId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9._-]{0,62}");

    public PlatformId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("invalid platform id '" + value
                    + "': expected 1 to 63 lower-case letters, digits, '.', '_' or '-'");
        }
    }

    public static PlatformId of(String value) {
        return new PlatformId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
