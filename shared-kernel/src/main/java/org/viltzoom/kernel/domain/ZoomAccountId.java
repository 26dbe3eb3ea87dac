package org.viltzoom.kernel.domain;

/** A Zoom account id, as in {@code payload.account_id} of Zoom notifications. */
public record ZoomAccountId(String value) {

    public ZoomAccountId {
        Identifiers.requireText(value, "Zoom account id");
    }

    public static ZoomAccountId of(String value) {
        return new ZoomAccountId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
