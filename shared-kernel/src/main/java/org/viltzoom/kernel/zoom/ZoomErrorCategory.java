package org.viltzoom.kernel.zoom;

/** What a caller of Zoom's REST API should do about a failed request. */
public enum ZoomErrorCategory {
    /** The user, meeting or recording does not exist; retrying cannot help. */
    NOT_FOUND,
    /** Zoom rejected the request's content; retrying the same request cannot help. */
    INVALID_INPUT,
    /** The access token lacks a scope or the paired user lacks a permission. */
    PERMISSION_DENIED,
    /** A short-term (per-second) limit; retry after a short backoff. */
    RATE_LIMITED_PER_SECOND,
    /** A daily limit; fail fast and retry after the reset (00:00 UTC for per-host meeting writes). */
    RATE_LIMITED_PER_DAY,
    /** The access token is invalid or expired; get a new token and retry once. */
    UNAUTHORIZED,
    /** A server error, timeout or connection failure; retry with backoff. */
    TRANSIENT
}
