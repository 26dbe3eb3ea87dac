package org.viltzoom.zoomsimulator;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Shared Jackson mappers: one for Zoom-shaped bodies, one for seed and control documents. */
public final class Json {

    /** Builds and reads request and response bodies as trees, so field names match Zoom exactly. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    /** Maps seed and control documents onto state classes; unknown fields fail, so typos surface. */
    public static final ObjectMapper SEED_MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(new JavaTimeModule());

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }
}
