package org.viltzoom.kernel.zoom;

/**
 * Zoom's numeric error codes that change what this system does. Classify by HTTP status and
 * these codes, never by message text: Zoom rewords messages without notice.
 */
public final class ZoomErrorCodes {

    /** Invalid access token (401). */
    public static final int INVALID_ACCESS_TOKEN = 124;
    /** Validation failed; the body lists {@code errors[{field, message}]} (400). */
    public static final int VALIDATION_FAILED = 300;
    /** Rate limit reached; also the code of the header-less per-user daily meeting limit (429). */
    public static final int RATE_LIMIT_REACHED = 429;
    /** User does not exist (404). */
    public static final int USER_NOT_FOUND = 1001;
    /** User does not belong to this account (400). */
    public static final int USER_NOT_IN_ACCOUNT = 1010;
    /** Invalid user (400). */
    public static final int INVALID_USER = 1120;
    /** Cannot schedule a meeting for that user, for example a host change through PATCH (400). */
    public static final int CANNOT_SCHEDULE_FOR_USER = 3000;
    /** Meeting does not exist, or its report is not ready yet right after the end (404). */
    public static final int MEETING_NOT_FOUND = 3001;
    /** No recording exists for the meeting (404). */
    public static final int RECORDING_NOT_FOUND = 3301;

    private ZoomErrorCodes() {
    }
}
