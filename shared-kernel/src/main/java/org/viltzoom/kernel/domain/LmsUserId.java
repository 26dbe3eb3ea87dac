package org.viltzoom.kernel.domain;

/** A user id issued by the LMS; opaque to this system. */
public record LmsUserId(String value) {

    public LmsUserId {
        Identifiers.requireText(value, "LMS user id");
    }

    public static LmsUserId of(String value) {
        return new LmsUserId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
