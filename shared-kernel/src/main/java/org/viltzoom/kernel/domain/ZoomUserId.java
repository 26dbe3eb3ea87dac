package org.viltzoom.kernel.domain;

/** A Zoom user id, as returned by Zoom's {@code GET /users/{userId}}. */
public record ZoomUserId(String value) {

    public ZoomUserId {
        Identifiers.requireText(value, "Zoom user id");
    }

    public static ZoomUserId of(String value) {
        return new ZoomUserId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
