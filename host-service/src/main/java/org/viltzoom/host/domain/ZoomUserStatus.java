package org.viltzoom.host.domain;

/** A Zoom user's {@code status}. */
public enum ZoomUserStatus {
    ACTIVE,
    INACTIVE,
    PENDING;

    /**
     * Parses Zoom's lower-case value.
     *
     * @throws IllegalArgumentException for a value Zoom does not document
     */
    public static ZoomUserStatus parse(String value) {
        if (value == null) {
            throw new IllegalArgumentException("Zoom user status is missing");
        }
        switch (value) {
            case "active":
                return ACTIVE;
            case "inactive":
                return INACTIVE;
            case "pending":
                return PENDING;
            default:
                throw new IllegalArgumentException("unknown Zoom user status '" + value + "'");
        }
    }
}
