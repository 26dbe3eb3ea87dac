package org.viltzoom.kernel.zoom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PerSecondLimitPauseTest {

    /** A monotonic clock the test moves by hand; it starts near overflow, as System.nanoTime may. */
    private long now = Long.MAX_VALUE - Duration.ofMillis(1500).toNanos();
    private final PerSecondLimitPause pause = new PerSecondLimitPause(() -> now);

    private void advance(Duration duration) {
        now += duration.toNanos();
    }

    @Test
    void unpausedCallWaitsNothing() {
        assertThat(pause.remaining("account-a", "Medium")).isZero();
    }

    @Test
    void pauseLastsOneWindow() {
        Duration wait = pause.pause("account-a", "Medium", null);

        assertThat(wait).isEqualTo(PerSecondLimitPause.WINDOW);
        assertThat(pause.remaining("account-a", "Medium")).isEqualTo(Duration.ofSeconds(1));

        advance(Duration.ofMillis(400));
        assertThat(pause.remaining("account-a", "Medium")).isEqualTo(Duration.ofMillis(600));

        advance(Duration.ofMillis(600));
        assertThat(pause.remaining("account-a", "Medium")).isZero();
    }

    @Test
    void pauseCoversOnlyItsAccountAndCategory() {
        pause.pause("account-a", "Medium", null);

        assertThat(pause.remaining("account-a", "Light")).isZero();
        assertThat(pause.remaining("account-b", "Medium")).isZero();
    }

    @Test
    void longerRetryAfterExtendsPause() {
        assertThat(pause.pause("account-a", "Light", Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(3));
        assertThat(pause.remaining("account-a", "Light")).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void shorterRetryAfterIsIgnored() {
        assertThat(pause.pause("account-a", "Light", Duration.ofMillis(100))).isEqualTo(PerSecondLimitPause.WINDOW);
    }

    @Test
    void laterLimitExtendsRunningPause() {
        pause.pause("account-a", "Medium", null);
        advance(Duration.ofMillis(300));

        Duration wait = pause.pause("account-a", "Medium", null);

        assertThat(wait).isEqualTo(Duration.ofSeconds(1));
        assertThat(pause.remaining("account-a", "Medium")).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void runningPauseIsNeverShortened() {
        pause.pause("account-a", "Medium", Duration.ofSeconds(5));
        advance(Duration.ofSeconds(1));

        Duration wait = pause.pause("account-a", "Medium", null);

        assertThat(wait).isEqualTo(Duration.ofSeconds(4));
    }
}
