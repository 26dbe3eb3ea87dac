package org.viltzoom.kernel.zoom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PerSecondLimitPauseTest {

    private static final Instant START = Instant.parse("2026-12-05T10:00:00.250Z");

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = START;

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final PerSecondLimitPause pause = new PerSecondLimitPause(clock);

    @Test
    void unpausedCallWaitsNothing() {
        assertThat(pause.remaining("account-a", "Medium")).isZero();
    }

    @Test
    void pauseLastsOneWindow() {
        Instant until = pause.pause("account-a", "Medium", null);

        assertThat(until).isEqualTo(START.plus(PerSecondLimitPause.WINDOW));
        assertThat(pause.remaining("account-a", "Medium")).isEqualTo(Duration.ofSeconds(1));

        clock.advance(Duration.ofMillis(400));
        assertThat(pause.remaining("account-a", "Medium")).isEqualTo(Duration.ofMillis(600));

        clock.advance(Duration.ofMillis(600));
        assertThat(pause.remaining("account-a", "Medium")).isZero();
    }

    @Test
    void pauseCoversOnlyItsAccountAndCategory() {
        pause.pause("account-a", "Medium", null);

        assertThat(pause.remaining("account-a", "Light")).isZero();
        assertThat(pause.remaining("account-b", "Medium")).isZero();
    }

    @Test
    void laterRetryAfterExtendsPause() {
        Instant retryAfter = START.plusSeconds(3);

        assertThat(pause.pause("account-a", "Light", retryAfter)).isEqualTo(retryAfter);
        assertThat(pause.remaining("account-a", "Light")).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void earlierRetryAfterIsIgnored() {
        Instant until = pause.pause("account-a", "Light", START.plusMillis(100));

        assertThat(until).isEqualTo(START.plus(PerSecondLimitPause.WINDOW));
    }

    @Test
    void laterLimitExtendsRunningPause() {
        pause.pause("account-a", "Medium", null);
        clock.advance(Duration.ofMillis(300));

        Instant until = pause.pause("account-a", "Medium", null);

        assertThat(until).isEqualTo(START.plusMillis(1300));
        assertThat(pause.remaining("account-a", "Medium")).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void runningPauseIsNeverShortened() {
        pause.pause("account-a", "Medium", START.plusSeconds(5));

        Instant until = pause.pause("account-a", "Medium", null);

        assertThat(until).isEqualTo(START.plusSeconds(5));
    }
}
