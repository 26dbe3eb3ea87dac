package org.viltzoom.attendance.adapter.in.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A participant connection as Zoom's join and leave notifications describe it, and the row of
 * Zoom's participant report for the same connection. Null fields are sent as JSON null.
 *
 * @param participantUuid one per connection
 * @param userId Zoom's {@code user_id}, which changes on every rejoin
 * @param zoomUserId Zoom's {@code id}, the Zoom user id of a signed-in user, or ""
 */
record Participant(String participantUuid, String userId, String zoomUserId, String name, String email,
                   String registrantId, String customerKey) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Participant guest(String participantUuid, String userId, String name, String email) {
        return new Participant(participantUuid, userId, "", name, email, null, null);
    }

    Participant withRegistrant(String registrant) {
        return new Participant(participantUuid, userId, zoomUserId, name, email, registrant, customerKey);
    }

    /** Returns a {@code meeting.participant_joined} or {@code meeting.participant_left} body. */
    String notification(String event, String zoomAccountId, long meetingId, String meetingUuid, String timeField,
                        String time) {
        ObjectNode body = JSON.createObjectNode();
        body.put("event", event);
        body.put("event_ts", 1_772_460_000_000L);
        ObjectNode payload = body.putObject("payload");
        payload.put("account_id", zoomAccountId);
        ObjectNode object = payload.putObject("object");
        object.put("uuid", meetingUuid);
        object.put("id", meetingId);
        object.put("host_id", "host-zoom-user");
        object.put("type", 2);
        object.put("duration", 0);
        ObjectNode participant = object.putObject("participant");
        participant.put("user_id", userId);
        participant.put("user_name", name);
        participant.put("id", zoomUserId);
        participant.put("participant_uuid", participantUuid);
        participant.put("email", email);
        participant.put("registrant_id", registrantId);
        if (customerKey != null) {
            participant.put("customer_key", customerKey);
        }
        participant.put(timeField, time);
        return body.toString();
    }

    /** Returns the participant report row of this connection, for the simulator's seed. */
    String reportRow(String joinTime, String leaveTime) {
        ObjectNode row = JSON.createObjectNode();
        row.put("id", zoomUserId == null ? "" : zoomUserId);
        row.put("user_id", userId);
        row.put("participant_uuid", participantUuid);
        row.put("name", name == null ? "" : name);
        row.put("user_email", email == null ? "" : email);
        row.put("registrant_id", registrantId == null ? "" : registrantId);
        row.put("customer_key", customerKey == null ? "" : customerKey);
        row.put("join_time", joinTime);
        if (leaveTime != null) {
            row.put("leave_time", leaveTime);
        }
        return row.toString();
    }
}
