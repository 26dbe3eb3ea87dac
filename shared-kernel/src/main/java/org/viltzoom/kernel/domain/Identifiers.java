package org.viltzoom.kernel.domain;

/** Checks shared by the identifiers that other systems issue as opaque text. */
final class Identifiers {

    /** Longer ids than this are treated as input errors, not stored. */
    static final int MAX_LENGTH = 255;

    private Identifiers() {
    }

    static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is missing");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(name + " is longer than " + MAX_LENGTH + " characters");
        }
        if (!value.strip().equals(value)) {
            throw new IllegalArgumentException(name + " '" + value + "' has leading or trailing whitespace");
        }
        return value;
    }
}
