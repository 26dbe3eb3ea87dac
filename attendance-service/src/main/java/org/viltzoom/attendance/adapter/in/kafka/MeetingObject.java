package org.viltzoom.attendance.adapter.in.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.viltzoom.attendance.application.port.out.ParticipantReport;

/**
 * The {@code payload.object} of a meeting or webinar notification. Zoom sends {@code id} as a
 * string in some events and a number in others, and sends absent values as null or "".
 */
record MeetingObject(JsonNode node, String uuid, long id, String hostId) {

    /** @throws IllegalArgumentException when the uuid or the meeting id is missing or invalid */
    static MeetingObject of(JsonNode object) {
        String uuid = text(object, "uuid");
        if (uuid == null) {
            throw new IllegalArgumentException("object.uuid is missing");
        }
        return new MeetingObject(object, uuid, meetingId(object.path("id")), text(object, "host_id"));
    }

    Instant requiredTime(String field) {
        Instant time = optionalTime(field);
        if (time == null) {
            throw new IllegalArgumentException("object." + field + " is missing");
        }
        return time;
    }

    Instant optionalTime(String field) {
        return time(node, field);
    }

    /** Reads {@code object.participant}; {@code timeField} is {@code join_time} or {@code leave_time}. */
    ParticipantReport participant(String timeField) {
        JsonNode participant = node.path("participant");
        Instant time = time(participant, timeField);
        if (time == null) {
            throw new IllegalArgumentException("object.participant." + timeField + " is missing");
        }
        String participantUuid = text(participant, "participant_uuid");
        String userId = text(participant, "user_id");
        if (participantUuid == null && userId == null) {
            throw new IllegalArgumentException("object.participant has neither participant_uuid nor user_id");
        }
        return new ParticipantReport(uuid, id, participantUuid, userId, text(participant, "id"), time,
                text(participant, "email"), text(participant, "registrant_id"), text(participant, "customer_key"),
                text(participant, "user_name"));
    }

    private static long meetingId(JsonNode id) {
        if (id.isIntegralNumber()) {
            return id.asLong();
        }
        String value = id.isTextual() ? id.asText().trim() : "";
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("object.id is missing or not a Zoom meeting id", e);
        }
    }

    private static Instant time(JsonNode parent, String field) {
        String value = text(parent, field);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " is not an ISO-8601 UTC time", e);
        }
    }

    private static String text(JsonNode parent, String field) {
        JsonNode value = parent.path(field);
        if (value.isNull() || value.isMissingNode()) {
            return null;
        }
        String text = value.asText().trim();
        return text.isEmpty() ? null : text;
    }
}
