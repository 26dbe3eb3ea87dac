package org.viltzoom.zoomsimulator.ratelimit;

/** The two forms in which Zoom has answered the per-user daily meeting create/update limit. */
public enum DailyLimitVariant {
    /** 429 with X-RateLimit-Category, X-RateLimit-Type: Daily-limit, X-RateLimit-Limit, X-RateLimit-Remaining and Retry-After (Zoom docs: Rate limits). */
    DOCUMENTED,
    /** 429 with only X-RateLimit-Category and body code 429, as observed for the per-user meeting limit. */
    HEADERLESS
}
