package org.viltzoom.kernel.zoomapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Reader of the JSON bodies that Zoom and the token broker return, which may be empty or not JSON at
 * all. It uses Jackson, so it lives outside the framework-free {@code org.viltzoom.kernel.zoom}.
 */
public final class ZoomResponseBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ZoomResponseBodies() {
    }

    /** Parses a response body, or returns an empty object for a blank or unreadable one. */
    public static JsonNode parseOrEmpty(String body) {
        if (body == null || body.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
