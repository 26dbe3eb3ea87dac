package org.viltzoom.zoomsimulator.meetings;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Reads {@code start_time}: a value ending in "Z" is UTC; without it the value is local time
 * in {@code timezone}, or in the host's time zone when the request has none (Zoom API
 * reference: Meetings > Create a meeting, start_time).
 */
public final class StartTimes {

    private StartTimes() {
    }

    public static ZoneId zone(String timezone) {
        try {
            return ZoneId.of(timezone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Invalid timezone: " + timezone, e);
        }
    }

    public static Instant parse(String startTime, ZoneId zone) {
        try {
            if (startTime.endsWith("Z") || startTime.endsWith("z")) {
                return OffsetDateTime.parse(startTime.toUpperCase()).toInstant();
            }
            return LocalDateTime.parse(startTime).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Invalid start_time: " + startTime, e);
        }
    }
}
