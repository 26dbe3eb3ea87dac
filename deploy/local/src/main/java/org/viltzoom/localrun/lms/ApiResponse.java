package org.viltzoom.localrun.lms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Arrays;

/** A response of a service or of the simulator, with its request's method and URI for error messages. */
record ApiResponse(String method, URI uri, int status, HttpHeaders headers, String body) {

    /** Returns the body as JSON, or a missing node when it is empty or not JSON. */
    JsonNode json() {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return ApiClient.JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }

    /** Returns the {@code code} of a problem details body, or an empty string. */
    String problemCode() {
        return json().path("code").asText("");
    }

    /**
     * Returns this response when its status is one of the expected ones.
     *
     * @throws ApiException otherwise, with the problem details the service sent
     */
    ApiResponse expect(int... statuses) {
        if (Arrays.stream(statuses).anyMatch(expected -> expected == status)) {
            return this;
        }
        throw new ApiException(this);
    }

    String header(String name) {
        return headers.firstValue(name).orElse(null);
    }
}
