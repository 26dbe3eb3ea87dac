package org.viltzoom.kernel.zoom;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.UnaryOperator;

/**
 * The rate-limit headers of a Zoom response. Any field may be null: Zoom sends the per-user
 * meeting limit as a 429 without {@code X-RateLimit-Type} and without {@code Retry-After}.
 *
 * @param category {@code X-RateLimit-Category}: Light, Medium, Heavy or Resource-intensive
 * @param type {@code X-RateLimit-Type}: {@code QPS} or {@code Daily-limit}
 * @param retryAfter when a retry may succeed, from {@code Retry-After}
 */
public record RateLimitInfo(String category, String type, Integer limit, Integer remaining, Instant retryAfter) {

    public static final String CATEGORY_HEADER = "X-RateLimit-Category";
    public static final String TYPE_HEADER = "X-RateLimit-Type";
    public static final String LIMIT_HEADER = "X-RateLimit-Limit";
    public static final String REMAINING_HEADER = "X-RateLimit-Remaining";
    public static final String RETRY_AFTER_HEADER = "Retry-After";

    public static final String TYPE_PER_SECOND = "QPS";
    public static final String TYPE_DAILY = "Daily-limit";

    /**
     * Reads the headers of a response.
     *
     * @param header returns a header's value by name, or null when absent
     * @param receivedAt when the response arrived, to resolve a {@code Retry-After} in seconds
     */
    public static RateLimitInfo fromHeaders(UnaryOperator<String> header, Instant receivedAt) {
        return new RateLimitInfo(
                header.apply(CATEGORY_HEADER),
                header.apply(TYPE_HEADER),
                parseInteger(header.apply(LIMIT_HEADER)),
                parseInteger(header.apply(REMAINING_HEADER)),
                parseRetryAfter(header.apply(RETRY_AFTER_HEADER), receivedAt));
    }

    /** The next reset of Zoom's daily limits, which happens at 00:00 UTC. */
    public static Instant nextDailyReset(Instant now) {
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        return today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * Parses {@code Retry-After} as delay seconds, an HTTP date (RFC 9110), or the ISO-8601
     * date-time that Zoom sends on daily limits. Returns null for anything else.
     */
    static Instant parseRetryAfter(String value, Instant receivedAt) {
        if (value == null || value.isBlank()) {
            return null;
        }

        String trimmed = value.trim();
        if (trimmed.chars().allMatch(Character::isDigit)) {
            try {
                return receivedAt.plusSeconds(Long.parseLong(trimmed));
            } catch (NumberFormatException | ArithmeticException | DateTimeException outOfRange) {
                // A delay beyond what an Instant can hold is no usable hint.
                return null;
            }
        }
        try {
            return ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException notHttpDate) {
            // Zoom's daily-limit responses use ISO-8601, tried next.
        }
        try {
            return ZonedDateTime.parse(trimmed, DateTimeFormatter.ISO_DATE_TIME).toInstant();
        } catch (DateTimeParseException notIsoDateTime) {
            return null;
        }
    }

    private static Integer parseInteger(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
