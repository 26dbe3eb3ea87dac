package org.viltzoom.event.domain;

/** The cause that keeps a cloud recording file from being imported. */
public enum RecordingProblem {
    /** Zoom is still processing the file. */
    NOT_PROCESSED_YET,
    /** The meeting has no cloud recording (Zoom 404 code 3301). */
    NOT_RECORDED,
    /** Zoom no longer lists or serves the file: deleted, or past the account's retention. */
    DELETED_OR_EXPIRED,
    /** The paired Zoom account's token may not read recordings (HTTP 403 or scope error 4711). */
    PERMISSION_DENIED,
    /** The file exceeds the configured maximum size. */
    TOO_LARGE,
    /** Zoom rejected the download itself (HTTP 403), as it does when cloud recording downloads are off. */
    DOWNLOAD_DISABLED
}
