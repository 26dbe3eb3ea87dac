package org.viltzoom.zoomsimulator.ratelimit;

/** Zoom's API rate-limit categories (Zoom docs: Rate limits), named as in X-RateLimit-Category. */
public enum RateLimitCategory {
    LIGHT("Light"),
    MEDIUM("Medium"),
    HEAVY("Heavy"),
    RESOURCE_INTENSIVE("Resource-intensive");

    private final String headerValue;

    RateLimitCategory(String headerValue) {
        this.headerValue = headerValue;
    }

    public String headerValue() {
        return headerValue;
    }
}
