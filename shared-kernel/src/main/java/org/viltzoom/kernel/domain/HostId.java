package org.viltzoom.kernel.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a host record of host-service: one LMS user assigned as a Zoom host of one account. */
public record HostId(UUID value) {

    public HostId {
        Objects.requireNonNull(value, "HostId value");
    }

    public static HostId random() {
        return new HostId(UUID.randomUUID());
    }

    /**
     * Parses the canonical UUID form.
     *
     * @throws IllegalArgumentException if the text is not a UUID
     */
    public static HostId parse(String text) {
        return new HostId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
