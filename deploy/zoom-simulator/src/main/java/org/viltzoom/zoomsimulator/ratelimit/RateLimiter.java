package org.viltzoom.zoomsimulator.ratelimit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts requests in one-second windows per account and category, and writes per host per UTC day. */
public class RateLimiter {

    private record Window(long epochSecond, int count) {
    }

    private record DailyCount(LocalDate day, int count) {
    }

    private final Clock clock;
    public final RateLimitSettings settings = new RateLimitSettings();
    private final Map<String, Window> windows = new HashMap<>();
    private final Map<String, DailyCount> daily = new HashMap<>();

    public RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Counts one request, or throws the QPS 429 when the account's window is full. */
    public void checkPerSecond(String accountId, String plan, RateLimitCategory category) {
        if (!settings.enabled) {
            return;
        }
        int limit = settings.perSecondLimit(plan, category);
        long second = clock.instant().getEpochSecond();
        String key = accountId + "|" + category;
        Window window = windows.get(key);
        int used = window != null && window.epochSecond == second ? window.count : 0;
        if (used >= limit) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("X-RateLimit-Category", category.headerValue());
            headers.put("X-RateLimit-Type", "QPS");
            headers.put("X-RateLimit-Limit", Integer.toString(limit));
            headers.put("X-RateLimit-Remaining", "0");
            throw new RateLimitedException(
                    "You have reached the maximum per-second rate limit for this API. Try again later.", headers);
        }
        windows.put(key, new Window(second, used + 1));
    }

    /**
     * Counts one meeting or webinar write of a host, or throws the daily 429. The count resets
     * at 00:00 UTC (Zoom docs: Rate limits, "Meeting/Webinar Create/Update").
     */
    public void checkDailyMeetingWrite(String hostUserId, RateLimitCategory category) {
        if (!settings.enabled) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        DailyCount current = daily.get(hostUserId);
        int used = current != null && current.day.equals(today) ? current.count : 0;
        int limit = settings.dailyMeetingWrites;
        if (used >= limit) {
            throw dailyLimitReached(category, limit, today);
        }
        daily.put(hostUserId, new DailyCount(today, used + 1));
    }

    /** Returns how many writes the host has left today. */
    public int remainingDailyWrites(String hostUserId) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        DailyCount current = daily.get(hostUserId);
        int used = current != null && current.day.equals(today) ? current.count : 0;
        return Math.max(0, settings.dailyMeetingWrites - used);
    }

    public void clear() {
        windows.clear();
        daily.clear();
    }

    private RateLimitedException dailyLimitReached(RateLimitCategory category, int limit, LocalDate today) {
        String message = "You have exceeded the daily rate limit (" + limit + ") of Meeting Create/Update API requests"
                + " permitted for this particular user. You may resume these user-level requests at GMT 00:00:00.";
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-RateLimit-Category", category.headerValue());
        if (settings.dailyVariant == DailyLimitVariant.DOCUMENTED) {
            Instant reset = today.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            headers.put("X-RateLimit-Type", "Daily-limit");
            headers.put("X-RateLimit-Limit", Integer.toString(limit));
            headers.put("X-RateLimit-Remaining", "0");
            headers.put("Retry-After", reset.toString());
        }
        return new RateLimitedException(message, headers);
    }
}
