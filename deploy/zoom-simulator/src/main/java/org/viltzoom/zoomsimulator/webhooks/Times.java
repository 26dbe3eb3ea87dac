package org.viltzoom.zoomsimulator.webhooks;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Zoom's time format in bodies: UTC, whole seconds, "Z" suffix, for example 2026-05-01T14:00:00Z. */
public final class Times {

    private Times() {
    }

    public static String format(Instant instant) {
        return instant == null ? "" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
