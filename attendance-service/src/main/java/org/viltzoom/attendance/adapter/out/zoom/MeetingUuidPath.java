package org.viltzoom.attendance.adapter.out.zoom;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Puts a meeting instance UUID into a URL path. Zoom's API reference (Meetings > Get past meeting
 * participants, meetingId) requires a UUID that starts with "/" or contains "//" to be
 * URL-encoded twice; Zoom's router decodes such a path segment once more before it looks the
 * meeting up. Every other UUID is encoded once, because base64 UUIDs also contain "+" and "=".
 */
final class MeetingUuidPath {

    private MeetingUuidPath() {
    }

    static String segment(String meetingUuid) {
        String once = encode(meetingUuid);
        boolean needsTwice = meetingUuid.startsWith("/") || meetingUuid.contains("//");
        return needsTwice ? encode(once) : once;
    }

    private static String encode(String value) {
        // URLEncoder writes form encoding, whose "+" for a space is wrong in a path.
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
