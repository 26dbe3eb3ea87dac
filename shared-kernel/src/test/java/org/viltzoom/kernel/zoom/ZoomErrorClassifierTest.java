package org.viltzoom.kernel.zoom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ZoomErrorClassifierTest {

    private static final Instant NOW = Instant.parse("2026-03-10T15:20:00Z");

    @ParameterizedTest(name = "HTTP {0} code {1} -> {2}")
    @CsvSource({
        "404, 1001, NOT_FOUND",
        "404, 3001, NOT_FOUND",
        "404, 3301, NOT_FOUND",
        "400, 1010, INVALID_INPUT",
        "400, 1120, INVALID_INPUT",
        "400, 3000, INVALID_INPUT",
        "400, 300, INVALID_INPUT",
        "409, 3000, INVALID_INPUT",
        "401, 124, UNAUTHORIZED",
        "403, 200, PERMISSION_DENIED",
        "500, , TRANSIENT",
        "502, , TRANSIENT",
        "503, , TRANSIENT",
        "408, , TRANSIENT",
        "0, , TRANSIENT"
    })
    void classifiesByStatusAndCode(int status, Integer code, ZoomErrorCategory expected) {
        ZoomApiError error = new ZoomApiError(status, code, "any text", List.of(), null);

        assertThat(error.category()).isEqualTo(expected);
    }

    @Test
    void messageTextNeverChangesTheCategory() {
        ZoomApiError original = new ZoomApiError(400, 1010, "User does not belong to this account", List.of(), null);
        ZoomApiError reworded = new ZoomApiError(400, 1010, "User not found on this account: b@example.com", List.of(), null);

        assertThat(reworded.category()).isEqualTo(original.category());
    }

    @Test
    void documentedPerSecondLimitIsShortTerm() {
        RateLimitInfo headers = RateLimitInfo.fromHeaders(Map.of(
                "X-RateLimit-Category", "Medium",
                "X-RateLimit-Type", "QPS",
                "X-RateLimit-Limit", "20",
                "X-RateLimit-Remaining", "0")::get, NOW);

        ZoomApiError error = new ZoomApiError(429, 429, "rate", List.of(), headers);

        assertThat(error.category()).isEqualTo(ZoomErrorCategory.RATE_LIMITED_PER_SECOND);
        assertThat(headers.limit()).isEqualTo(20);
        assertThat(headers.remaining()).isZero();
    }

    @Test
    void documentedDailyLimitCarriesItsReset() {
        RateLimitInfo headers = RateLimitInfo.fromHeaders(Map.of(
                "X-RateLimit-Category", "Heavy",
                "X-RateLimit-Type", "Daily-limit",
                "Retry-After", "2026-03-11T00:00:00Z")::get, NOW);

        ZoomApiError error = new ZoomApiError(429, 429, "daily", List.of(), headers);

        assertThat(error.category()).isEqualTo(ZoomErrorCategory.RATE_LIMITED_PER_DAY);
        assertThat(headers.retryAfter()).isEqualTo(Instant.parse("2026-03-11T00:00:00Z"));
    }

    @Test
    void headerlessPerUserLimitIsDaily() {
        RateLimitInfo headers = RateLimitInfo.fromHeaders(Map.of("X-RateLimit-Category", "Heavy")::get, NOW);

        ZoomApiError error = new ZoomApiError(429, 429, "per user", List.of(), headers);

        assertThat(error.category()).isEqualTo(ZoomErrorCategory.RATE_LIMITED_PER_DAY);
        assertThat(headers.retryAfter()).isNull();
        assertThat(RateLimitInfo.nextDailyReset(NOW)).isEqualTo(Instant.parse("2026-03-11T00:00:00Z"));
    }

    @Test
    void retryAfterAcceptsSecondsAndHttpDates() {
        assertThat(RateLimitInfo.parseRetryAfter("2", NOW)).isEqualTo(NOW.plusSeconds(2));
        assertThat(RateLimitInfo.parseRetryAfter("Wed, 11 Mar 2026 00:00:00 GMT", NOW))
                .isEqualTo(Instant.parse("2026-03-11T00:00:00Z"));
        assertThat(RateLimitInfo.parseRetryAfter("soon", NOW)).isNull();
    }
}
