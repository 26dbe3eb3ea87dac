package org.viltzoom.account.adapter.out.zoom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.viltzoom.kernel.zoom.RateLimitInfo;
import org.viltzoom.kernel.zoom.ZoomApiError;
import org.viltzoom.kernel.zoom.ZoomApiException;
import org.viltzoom.kernel.zoom.ZoomErrorCategory;

/** Reads Zoom's JSON bodies and turns error responses into classified exceptions. */
final class ZoomResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ZoomResponses() {
    }

    static JsonNode body(Response response) {
        String text = response.hasEntity() ? response.readEntity(String.class) : "";
        if (text == null || text.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.createObjectNode().put("message", "non-JSON body");
        }
    }

    /** Returns the body of a 2xx response, or throws the classified error. */
    static JsonNode successBody(String operation, Response response) {
        try (response) {
            JsonNode body = body(response);
            if (response.getStatus() / 100 == 2) {
                return body;
            }
            throw error(operation, response.getStatus(), body, response, Instant.now());
        }
    }

    static ZoomApiException error(String operation, int status, JsonNode body, Response response, Instant now) {
        List<ZoomApiError.FieldError> fieldErrors = new ArrayList<>();
        for (JsonNode error : body.path("errors")) {
            fieldErrors.add(new ZoomApiError.FieldError(error.path("field").asText(null), error.path("message").asText(null)));
        }
        Integer code = body.hasNonNull("code") && body.get("code").canConvertToInt() ? body.get("code").asInt() : null;
        RateLimitInfo rateLimit = RateLimitInfo.fromHeaders(response::getHeaderString, now);
        ZoomApiError error = new ZoomApiError(status, code, body.path("message").asText(null), fieldErrors, rateLimit);
        return error.category() == ZoomErrorCategory.TRANSIENT || error.category() == ZoomErrorCategory.RATE_LIMITED_PER_SECOND
                ? new ZoomRetryableException(operation, error)
                : new ZoomApiException(operation, error);
    }
}
