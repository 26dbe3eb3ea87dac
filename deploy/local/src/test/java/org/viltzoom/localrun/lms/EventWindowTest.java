package org.viltzoom.localrun.lms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class EventWindowTest {

    private static final Duration LEAD = Duration.ofMinutes(3);
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration SHIFT = Duration.ofMinutes(5);

    @Test
    void startsOnFirstFullMinuteAfterLead() {
        EventWindow window = EventWindow.after(Instant.parse("2026-05-05T10:00:20Z"), LEAD, HOUR, SHIFT);

        assertThat(window.zone().getId()).isEqualTo("Europe/Berlin");
        assertThat(window.startInstant()).isEqualTo(Instant.parse("2026-05-05T10:04:00Z"));
        assertThat(window.start()).isEqualTo(LocalTime.of(12, 4));
        assertThat(window.end()).isEqualTo(LocalTime.of(13, 4));
    }

    @Test
    void avoidsMidnightInBerlin() {
        // 23:30 in Berlin (UTC+2 in May): the window and its later move would cross midnight there.
        EventWindow window = EventWindow.after(Instant.parse("2026-05-05T21:30:00Z"), LEAD, HOUR, SHIFT);

        assertThat(window.zone().getId()).isEqualTo("Asia/Tokyo");
        assertThat(window.startInstant()).isEqualTo(Instant.parse("2026-05-05T21:34:00Z"));
        assertThat(window.end()).isAfter(window.start());
    }

    @Test
    void moveKeepsDateAndZone() {
        EventWindow window = EventWindow.after(Instant.parse("2026-05-05T10:00:00Z"), LEAD, HOUR, SHIFT);

        EventWindow moved = window.movedBy(SHIFT);

        assertThat(moved.startInstant()).isEqualTo(window.startInstant().plus(SHIFT));
        assertThat(moved.date()).isEqualTo(window.date());
        assertThat(moved.body()).containsEntry("start", "12:09").containsEntry("end", "13:09")
                .containsEntry("timeZone", "Europe/Berlin");
    }
}
