package org.viltzoom.kernel.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * An email address as the LMS and Zoom exchange it: surrounding whitespace is trimmed, and two
 * addresses are equal when they differ only in letter case. Dots and {@code +tags} are kept,
 * because Zoom treats {@code a.b@x} and {@code ab@x} as different users.
 */
public final class EmailAddress {

    /** RFC 5321 limits a path to 256 octets including the angle brackets. */
    public static final int MAX_LENGTH = 254;

    private final String value;
    private final String normalized;

    private EmailAddress(String value) {
        this.value = value;
        this.normalized = value.toLowerCase(Locale.ROOT);
    }

    /**
     * Parses an address, trimming it first.
     *
     * @throws IllegalArgumentException if the address is blank, too long or not of the form
     *     {@code local@domain}
     */
    public static EmailAddress of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("email address is missing");
        }

        String trimmed = raw.trim();
        if (trimmed.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "email address is longer than " + MAX_LENGTH + " characters");
        }

        int at = trimmed.lastIndexOf('@');
        boolean wellFormed = at > 0
                && at < trimmed.length() - 1
                && trimmed.indexOf('@') == at
                && trimmed.chars().noneMatch(Character::isWhitespace);
        if (!wellFormed) {
            throw new IllegalArgumentException("invalid email address '" + trimmed + "'");
        }
        return new EmailAddress(trimmed);
    }

    /**
     * Parses an address that may be absent, as in Zoom notifications of guests. Returns null for
     * null, empty or blank input, so that a blank address can never become a join key.
     */
    public static EmailAddress ofNullable(String raw) {
        return raw == null || raw.isBlank() ? null : of(raw);
    }

    /** The address as given, trimmed. */
    public String value() {
        return value;
    }

    /** The lower-case form used for comparison and lookups. */
    public String normalized() {
        return normalized;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmailAddress email && normalized.equals(email.normalized);
    }

    @Override
    public int hashCode() {
        return Objects.hash(normalized);
    }

    @Override
    public String toString() {
        return value;
    }
}
