package org.viltzoom.attendance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofMinutes(1), Duration.ofMinutes(30), 12);

    @Test
    void backoffDoublesUpToCap() {
        assertThat(schedule.backoffAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(schedule.backoffAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(schedule.backoffAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(schedule.backoffAfter(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(schedule.backoffAfter(6)).isEqualTo(Duration.ofMinutes(30));
        assertThat(schedule.backoffAfter(1_000)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void attemptsAreBounded() {
        assertThat(schedule.isExhaustedAfter(11)).isFalse();
        assertThat(schedule.isExhaustedAfter(12)).isTrue();
    }

    @Test
    void invalidSettingsAreRejected() {
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofMinutes(2), Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofMinutes(1), Duration.ofMinutes(2), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> schedule.backoffAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
