package org.viltzoom.kernel.zoom;

import java.util.List;

/**
 * A failed Zoom REST call: the HTTP status, Zoom's body {@code {"code": N, "message": ...,
 * "errors": [...]}} and the rate-limit headers.
 *
 * @param code Zoom's error code, or null when the body had none (for example a gateway error page)
 * @param status 0 when no response arrived (connection failure or timeout)
 */
public record ZoomApiError(
        int status,
        Integer code,
        String message,
        List<FieldError> errors,
        RateLimitInfo rateLimit) {

    /** One entry of Zoom's {@code errors[]} on validation failures (code 300). */
    public record FieldError(String field, String message) {
    }

    public ZoomApiError {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** An error for a request that got no HTTP response. */
    public static ZoomApiError noResponse(String reason) {
        return new ZoomApiError(0, null, reason, List.of(), null);
    }

    public ZoomErrorCategory category() {
        return ZoomErrorClassifier.classify(this);
    }

    public boolean hasCode(int zoomCode) {
        return code != null && code == zoomCode;
    }
}
