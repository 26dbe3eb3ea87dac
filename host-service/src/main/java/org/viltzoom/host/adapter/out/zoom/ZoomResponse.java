package org.viltzoom.host.adapter.out.zoom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import org.viltzoom.kernel.zoom.RateLimitInfo;
import org.viltzoom.kernel.zoom.ZoomApiError;
import org.viltzoom.kernel.zoom.ZoomErrorCategory;

/**
 * One response of Zoom's REST API, read completely so that the HTTP connection can be released.
 *
 * @param status 0 when no response arrived (connection failure or timeout)
 */
record ZoomResponse(int status, JsonNode body, RateLimitInfo rateLimit) {

    static ZoomResponse noResponse() {
        return new ZoomResponse(0, JsonNodeFactory.instance.objectNode(), null);
    }

    boolean isSuccess() {
        return status / 100 == 2;
    }

    /** Zoom's error code from the body, or null when the body has none. */
    Integer code() {
        JsonNode code = body.get("code");
        return code != null && code.canConvertToInt() ? code.asInt() : null;
    }

    boolean hasCode(int zoomCode) {
        Integer code = code();
        return code != null && code == zoomCode;
    }

    ZoomApiError error() {
        return new ZoomApiError(status, code(), body.path("message").asText(null), List.of(), rateLimit);
    }

    /** Classifies a failed response by status, code and rate-limit headers only. */
    ZoomErrorCategory category() {
        return error().category();
    }

    /** Status and code for logs and exception messages; Zoom's message text is left out. */
    String describe() {
        Integer code = code();
        return status == 0 ? "no response" : "HTTP " + status + (code == null ? "" : ", Zoom code " + code);
    }
}
