package org.viltzoom.event.domain;

/**
 * The Zoom meeting or webinar behind a training event.
 *
 * @param meetingId Zoom's numeric id, which exceeds 32 bits
 * @param startUrl carries the host's {@code zak}: anyone who opens it hosts the meeting, so it is
 *     shown only to the host and administrators and never logged
 * @param hostZoomUserId the Zoom user the meeting was created under
 */
public record ZoomMeeting(long meetingId, EventKind kind, String joinUrl, String startUrl, String hostZoomUserId) {

    /** Leaves the start URL out, so that logging the record never leaks the host's key. */
    @Override
    public String toString() {
        return "ZoomMeeting[meetingId=" + meetingId + ", kind=" + kind + ", hostZoomUserId=" + hostZoomUserId + "]";
    }
}
