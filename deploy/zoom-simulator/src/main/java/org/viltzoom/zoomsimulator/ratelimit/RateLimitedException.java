package org.viltzoom.zoomsimulator.ratelimit;

import java.util.Map;
import org.viltzoom.zoomsimulator.http.ZoomApiException;

/** A 429 answer with the headers Zoom sends for it. */
public class RateLimitedException extends ZoomApiException {

    private final Map<String, String> headers;

    public RateLimitedException(String message, Map<String, String> headers) {
        super(429, 429, message);
        this.headers = Map.copyOf(headers);
    }

    public Map<String, String> headers() {
        return headers;
    }
}
