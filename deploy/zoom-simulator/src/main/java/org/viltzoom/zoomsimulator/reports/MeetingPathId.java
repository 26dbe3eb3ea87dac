package org.viltzoom.zoomsimulator.reports;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.viltzoom.zoomsimulator.http.ZoomApiException;

/**
 * Reads a meeting id or instance UUID from a raw path segment. A UUID that starts with "/" or
 * contains "//" must be URL-encoded twice (Zoom API reference: Meetings > Get past meeting
 * participants, meetingId); encoded once, Zoom's router splits it at the slash and finds no
 * meeting, so the simulator answers 404 code 3001 for it.
 */
public final class MeetingPathId {

    private MeetingPathId() {
    }

    public static String decode(String rawPath, int segmentIndex) {
        String[] segments = rawPath.split("/", -1);
        String raw = segments[segmentIndex];
        String once = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (once.contains("%")) {
            return URLDecoder.decode(once.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
        if (once.startsWith("/") || once.contains("//")) {
            throw ZoomApiException.meetingNotFound(once);
        }
        return once;
    }

    public static boolean isNumericId(String value) {
        return value.matches("\\d{1,19}");
    }
}
