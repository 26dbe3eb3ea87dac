package org.viltzoom.zoomsimulator.http;

import com.fasterxml.jackson.databind.JsonNode;

/** A REST answer: status and an optional JSON body. */
public record ApiResponse(int status, JsonNode body) {

    public static ApiResponse ok(JsonNode body) {
        return new ApiResponse(200, body);
    }

    public static ApiResponse created(JsonNode body) {
        return new ApiResponse(201, body);
    }

    public static ApiResponse noContent() {
        return new ApiResponse(204, null);
    }
}
