package org.viltzoom.kernel.zoom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RateLimitInfoTest {

    private static final Instant RECEIVED = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void retryAfterInSeconds() {
        assertThat(RateLimitInfo.parseRetryAfter("30", RECEIVED)).isEqualTo(RECEIVED.plusSeconds(30));
    }

    @Test
    void retryAfterAsHttpDate() {
        assertThat(RateLimitInfo.parseRetryAfter("Sun, 06 Dec 2026 00:00:00 GMT", RECEIVED))
                .isEqualTo(Instant.parse("2026-12-06T00:00:00Z"));
    }

    @Test
    void retryAfterAsIsoDateTime() {
        assertThat(RateLimitInfo.parseRetryAfter("2026-12-06T00:00:00Z", RECEIVED))
                .isEqualTo(Instant.parse("2026-12-06T00:00:00Z"));
    }

    /** Delays too large for a long or for an Instant are no usable hint, and must not throw. */
    @ParameterizedTest
    @ValueSource(strings = {"99999999999999999999", "9223372036854775807", "40000000000000000", "soon", "-5", ""})
    void unusableRetryAfterIsIgnored(String value) {
        assertThat(RateLimitInfo.parseRetryAfter(value, RECEIVED)).isNull();
    }
}
