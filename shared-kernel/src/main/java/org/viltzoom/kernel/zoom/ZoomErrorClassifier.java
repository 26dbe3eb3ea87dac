package org.viltzoom.kernel.zoom;

/**
 * Maps Zoom's HTTP status and error code to what the caller should do. Message texts are never
 * read. Sources: Zoom API reference "Error codes" and "Rate limits".
 */
public final class ZoomErrorClassifier {

    private ZoomErrorClassifier() {
    }

    public static ZoomErrorCategory classify(ZoomApiError error) {
        int status = error.status();

        if (status == 429) {
            return classifyRateLimit(error.rateLimit());
        }
        if (status == 401) {
            return ZoomErrorCategory.UNAUTHORIZED;
        }
        if (status == 403) {
            return ZoomErrorCategory.PERMISSION_DENIED;
        }
        if (status == 404) {
            return ZoomErrorCategory.NOT_FOUND;
        }
        if (status == 408 || status == 0 || status >= 500) {
            return ZoomErrorCategory.TRANSIENT;
        }
        if (status >= 400) {
            return ZoomErrorCategory.INVALID_INPUT;
        }
        throw new IllegalArgumentException("HTTP status " + status + " is not an error");
    }

    /**
     * Zoom marks short-term limits with {@code X-RateLimit-Type: QPS} and daily limits with
     * {@code Daily-limit}. The per-user meeting create/update limit has also been observed
     * without a type header; only a daily limit has been seen in that form, so a missing type
     * means a daily limit.
     */
    private static ZoomErrorCategory classifyRateLimit(RateLimitInfo rateLimit) {
        if (rateLimit == null || rateLimit.type() == null) {
            return ZoomErrorCategory.RATE_LIMITED_PER_DAY;
        }
        if (RateLimitInfo.TYPE_PER_SECOND.equalsIgnoreCase(rateLimit.type())) {
            return ZoomErrorCategory.RATE_LIMITED_PER_SECOND;
        }
        return ZoomErrorCategory.RATE_LIMITED_PER_DAY;
    }
}
