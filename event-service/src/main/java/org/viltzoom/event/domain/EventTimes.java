package org.viltzoom.event.domain;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The wall-clock schedule of a training event on one date in an IANA time zone. Instants are
 * derived through the zone's rules, so a day with a daylight-saving change has the real length:
 * 01:00 to 04:00 in Europe/Berlin on the spring change lasts 2 hours. A local time that falls
 * into a gap moves forward by the gap's length, as {@link ZonedDateTime#of} defines.
 *
 * @param breakStart null when the event has no break
 * @param breakEnd null when the event has no break
 */
public record EventTimes(LocalDate date, LocalTime start, LocalTime end, LocalTime breakStart, LocalTime breakEnd,
                         String timeZone) {

    public boolean hasBreak() {
        return breakStart != null || breakEnd != null;
    }

    /** True when the time zone is a known IANA region id (not an offset such as {@code +02:00}). */
    public boolean hasValidTimeZone() {
        if (timeZone == null || timeZone.isBlank() || !timeZone.contains("/")) {
            return "UTC".equals(timeZone);
        }
        try {
            ZoneId.of(timeZone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public Instant startInstant() {
        return ZonedDateTime.of(date, start, zone()).toInstant();
    }

    public Instant endInstant() {
        return ZonedDateTime.of(date, end, zone()).toInstant();
    }

    public Instant breakStartInstant() {
        return breakStart == null ? null : ZonedDateTime.of(date, breakStart, zone()).toInstant();
    }

    public Instant breakEndInstant() {
        return breakEnd == null ? null : ZonedDateTime.of(date, breakEnd, zone()).toInstant();
    }

    /** End minus start minus the break, in whole minutes. */
    public long durationMinutes() {
        Duration total = Duration.between(startInstant(), endInstant());
        if (breakStart != null && breakEnd != null) {
            total = total.minus(Duration.between(breakStartInstant(), breakEndInstant()));
        }
        return total.toMinutes();
    }

    /** The length from start to end in minutes, break included: what Zoom schedules. */
    public long spanMinutes() {
        return Duration.between(startInstant(), endInstant()).toMinutes();
    }

    /** True when both intervals share time; touching ends do not overlap. */
    public boolean overlaps(Instant otherStart, Instant otherEnd) {
        return startInstant().isBefore(otherEnd) && otherStart.isBefore(endInstant());
    }
}
