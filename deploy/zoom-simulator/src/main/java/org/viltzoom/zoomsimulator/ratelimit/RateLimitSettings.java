package org.viltzoom.zoomsimulator.ratelimit;

import java.util.EnumMap;
import java.util.Map;

/**
 * Per-second limits per account and category, and the per-host daily meeting and webinar
 * create/update limit. Defaults follow Zoom docs (Rate limits): Pro 30/20/10 and Business or
 * higher 80/60/40 requests per second for Light/Medium/Heavy, 100 writes per host per UTC day.
 */
public class RateLimitSettings {
    public boolean enabled = true;
    public final Map<RateLimitCategory, Integer> proPerSecond = new EnumMap<>(Map.of(
            RateLimitCategory.LIGHT, 30, RateLimitCategory.MEDIUM, 20,
            RateLimitCategory.HEAVY, 10, RateLimitCategory.RESOURCE_INTENSIVE, 10));
    public final Map<RateLimitCategory, Integer> businessPerSecond = new EnumMap<>(Map.of(
            RateLimitCategory.LIGHT, 80, RateLimitCategory.MEDIUM, 60,
            RateLimitCategory.HEAVY, 40, RateLimitCategory.RESOURCE_INTENSIVE, 20));
    // NOTE: some Zoom pages state the Resource-intensive limit per minute. Here it is per second:
    // 10 for Pro (the Heavy limit) and 20 for Business (half the Heavy limit).
    public int dailyMeetingWrites = 100;
    /**
     * Counts deletes against the daily limit too. Zoom docs count only creates and updates, so
     * this is off by default. Tests that budget a replacement (create plus delete) turn it on.
     */
    public boolean dailyLimitCountsDeletes = false;
    public DailyLimitVariant dailyVariant = DailyLimitVariant.DOCUMENTED;

    public int perSecondLimit(String plan, RateLimitCategory category) {
        Map<RateLimitCategory, Integer> limits = "pro".equalsIgnoreCase(plan) ? proPerSecond : businessPerSecond;
        return limits.get(category);
    }
}
