package org.viltzoom.event.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventTimesTest {

    @ParameterizedTest(name = "{0} {1}-{2} in {3} lasts {4} minutes")
    @CsvSource({
            "2026-05-05, 10:00, 12:00, Europe/Berlin, 120, 2026-05-05T08:00:00Z",
            // Spring forward: 02:00-03:00 does not exist in Berlin on 29 March 2026.
            "2026-03-29, 01:00, 04:00, Europe/Berlin, 120, 2026-03-29T00:00:00Z",
            // Fall back: 02:00-03:00 happens twice in Berlin on 25 October 2026.
            "2026-10-25, 01:00, 04:00, Europe/Berlin, 240, 2026-10-24T23:00:00Z",
            "2026-03-08, 01:00, 04:00, America/New_York, 120, 2026-03-08T06:00:00Z",
            "2026-05-05, 10:00, 12:00, UTC, 120, 2026-05-05T10:00:00Z"
    })
    void durationFollowsZoneRules(LocalDate date, LocalTime start, LocalTime end, String zone, long minutes,
                                  Instant startInstant) {
        EventTimes times = new EventTimes(date, start, end, null, null, zone);

        assertThat(times.durationMinutes()).isEqualTo(minutes);
        assertThat(times.startInstant()).isEqualTo(startInstant);
    }

    @ParameterizedTest(name = "break {0}-{1} leaves {2} minutes")
    @CsvSource({"11:00, 11:30, 90", "10:00, 12:00, 0"})
    void breakIsSubtracted(LocalTime breakStart, LocalTime breakEnd, long minutes) {
        EventTimes times = new EventTimes(LocalDate.of(2026, 5, 5), LocalTime.of(10, 0), LocalTime.of(12, 0),
                breakStart, breakEnd, "Europe/Berlin");

        assertThat(times.durationMinutes()).isEqualTo(minutes);
        assertThat(times.spanMinutes()).isEqualTo(120);
    }

    @ParameterizedTest(name = "start in the spring gap {0} moves to {1}")
    @CsvSource({"02:30, 2026-03-29T01:30:00Z"})
    void startInGapMovesForward(LocalTime start, Instant expected) {
        EventTimes times = new EventTimes(LocalDate.of(2026, 3, 29), start, LocalTime.of(5, 0), null, null,
                "Europe/Berlin");

        assertThat(times.startInstant()).isEqualTo(expected);
    }
}
