package org.viltzoom.kernel.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.UUID;

/**
 * Reads and writes envelopes. Readers ignore unknown fields, so producers may add optional
 * fields to a contract without a new type version. Times are ISO-8601 strings in UTC.
 */
public final class DomainEventJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private DomainEventJson() {
    }

    public static String write(EventEnvelope<?> envelope) {
        try {
            return MAPPER.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialize domain event " + envelope.type(), e);
        }
    }

    /**
     * Reads an envelope and its payload, typed by the envelope's {@code type}.
     *
     * @throws MalformedEnvelopeException if the JSON is invalid, an envelope attribute is missing,
     *     or the type is unknown to this version
     */
    public static EventEnvelope<DomainEvent> read(String json) {
        JsonNode root = readTree(json);

        String type = requiredText(root, "type");
        DomainEventCatalog.Entry entry = DomainEventCatalog.find(type)
                .orElseThrow(() -> new MalformedEnvelopeException("unknown domain event type '" + type + "'"));

        JsonNode data = root.get("data");
        if (data == null || !data.isObject()) {
            throw new MalformedEnvelopeException("envelope attribute 'data' is missing or not an object");
        }

        try {
            DomainEvent payload = MAPPER.treeToValue(data, entry.payloadType());
            return new EventEnvelope<>(
                    textOrNull(root, "specversion"),
                    UUID.fromString(requiredText(root, "id")),
                    type,
                    requiredText(root, "source"),
                    Instant.parse(requiredText(root, "time")),
                    requiredText(root, "subject"),
                    requiredText(root, "platform"),
                    textOrNull(root, "datacontenttype"),
                    payload);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new MalformedEnvelopeException("invalid " + type + " envelope: " + e.getMessage(), e);
        }
    }

    /**
     * Reads only the envelope id, the inbox's deduplication key, so that a payload this version
     * cannot map still gets a stable identity.
     */
    public static UUID readId(String json) {
        try {
            return UUID.fromString(requiredText(readTree(json), "id"));
        } catch (IllegalArgumentException e) {
            throw new MalformedEnvelopeException("envelope attribute 'id' is not a UUID", e);
        }
    }

    /** Reads only the envelope type, so that a consumer can skip types it does not know. */
    public static String readType(String json) {
        return requiredText(readTree(json), "type");
    }

    private static JsonNode readTree(String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || !root.isObject()) {
                throw new MalformedEnvelopeException("envelope is not a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new MalformedEnvelopeException("envelope is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String requiredText(JsonNode root, String attribute) {
        String value = textOrNull(root, attribute);
        if (value == null || value.isBlank()) {
            throw new MalformedEnvelopeException("envelope attribute '" + attribute + "' is missing");
        }
        return value;
    }

    private static String textOrNull(JsonNode root, String attribute) {
        JsonNode node = root.get(attribute);
        return node == null || node.isNull() ? null : node.asText();
    }
}
