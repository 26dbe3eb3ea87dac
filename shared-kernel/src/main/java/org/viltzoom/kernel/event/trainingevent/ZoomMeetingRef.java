package org.viltzoom.kernel.event.trainingevent;

/**
 * The Zoom meeting or webinar that backs a training event. The start URL is not part of it: it
 * lets whoever opens it host the meeting, so it never leaves event-service.
 *
 * @param meetingId Zoom's numeric id, which exceeds 32 bits
 */
public record ZoomMeetingRef(long meetingId, String joinUrl) {
}
