package org.viltzoom.account.application.port.out;

import java.time.Instant;

/** Zoom's OAuth server refused a request or could not be reached. */
public class ZoomAuthorizationException extends RuntimeException {

    /** The consequence of the rejection for the pairing. */
    public enum Kind {
        /** The code or refresh token is invalid, expired, used or revoked: the pairing is lost. */
        INVALID_GRANT,
        /** The client id or secret is wrong, or the app cannot use this grant. */
        INVALID_CLIENT,
        /** Too many token requests; retry after {@link #retryAfter()}. */
        RATE_LIMITED,
        /** No response, a timeout or a server error; the request may or may not have reached Zoom. */
        TRANSIENT
    }

    private final Kind kind;
    private final Integer zoomCode;
    private final transient Instant retryAfter;

    public ZoomAuthorizationException(Kind kind, Integer zoomCode, String message, Instant retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.zoomCode = zoomCode;
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    public Integer zoomCode() {
        return zoomCode;
    }

    public Instant retryAfter() {
        return retryAfter;
    }
}
