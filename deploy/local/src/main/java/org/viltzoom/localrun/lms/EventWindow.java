package org.viltzoom.localrun.lms;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The scheduled times of a training event: a date, a start and an end on that date, in a time zone. */
record EventWindow(ZoneId zone, LocalDate date, LocalTime start, LocalTime end) {

    /** Two zones far enough apart that a window of a few hours stays on one date in at least one of them. */
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("Asia/Tokyo"));

    /**
     * Returns the window that starts on the first full minute after {@code now + lead}. event-service
     * takes times on one date, so the zone is the first in which the window, also when moved later
     * by {@code shift}, does not cross midnight.
     */
    static EventWindow after(Instant now, Duration lead, Duration length, Duration shift) {
        for (ZoneId zone : ZONES) {
            ZonedDateTime start = now.plus(lead).atZone(zone).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
            ZonedDateTime latestEnd = start.plus(shift).plus(length);
            if (latestEnd.toLocalDate().equals(start.toLocalDate())) {
                return new EventWindow(zone, start.toLocalDate(), start.toLocalTime(), start.plus(length).toLocalTime());
            }
        }
        throw new IllegalStateException("No zone in " + ZONES + " keeps a window of " + length.plus(shift) + " on one date");
    }

    EventWindow movedBy(Duration shift) {
        return new EventWindow(zone, date, start.plus(shift), end.plus(shift));
    }

    Instant startInstant() {
        return date.atTime(start).atZone(zone).toInstant();
    }

    /** Returns the {@code times} object of event-service's request body. */
    Map<String, Object> body() {
        Map<String, Object> times = new LinkedHashMap<>();
        times.put("date", date.toString());
        times.put("start", start.toString());
        times.put("end", end.toString());
        times.put("timeZone", zone.getId());
        return times;
    }

    @Override
    public String toString() {
        return date + " " + start + "–" + end + " " + zone.getId();
    }
}
