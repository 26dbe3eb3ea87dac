package org.viltzoom.zoomsimulator.playback;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.viltzoom.zoomsimulator.Json;
import org.viltzoom.zoomsimulator.state.PastInstance;
import org.viltzoom.zoomsimulator.state.PastParticipant;
import org.viltzoom.zoomsimulator.webhooks.Notifications;
import org.viltzoom.zoomsimulator.webhooks.Times;

/**
 * Bodies of meeting and webinar instance notifications (rivet: MeetingStartedEvent,
 * MeetingEndedEvent, MeetingParticipantJoinedEvent, MeetingParticipantLeftEvent, the waiting
 * and breakout room events, and their Webinar counterparts).
 */
final class ParticipantBodies {

    private final String accountId;

    ParticipantBodies(String accountId) {
        this.accountId = accountId;
    }

    ObjectNode started(String event, PastInstance instance, int duration, Instant at) {
        return Notifications.envelope(event, at, accountId, instanceObject(instance, duration, NotificationVariant.DOCUMENTED));
    }

    ObjectNode ended(String event, PastInstance instance, int duration, Instant at) {
        ObjectNode object = instanceObject(instance, duration, NotificationVariant.DOCUMENTED);
        object.put("end_time", Times.format(instance.endTime));
        return Notifications.envelope(event, at, accountId, object);
    }

    /**
     * Returns a participant notification. {@code timeField} is join_time, leave_time or
     * date_time as the event type has it.
     */
    ObjectNode participant(String event, PastInstance instance, int duration, PastParticipant connection,
                                  String timeField, Instant time, String leaveReason, String breakoutRoomUuid,
                                  String breakoutUserId, NotificationVariant variant) {
        ObjectNode object = instanceObject(instance, duration, variant);
        if (breakoutRoomUuid != null) {
            object.put("breakout_room_uuid", breakoutRoomUuid);
        }
        ObjectNode participant = object.putObject("participant");
        participant.put("user_id", breakoutUserId != null ? breakoutUserId : connection.userId);
        if (breakoutUserId != null) {
            participant.put("parent_user_id", connection.userId);
        }
        participant.put("user_name", connection.name);
        participant.put("id", connection.id);
        participant.put("participant_uuid", connection.participantUuid);
        participant.put(timeField, Times.format(time));
        if (leaveReason != null) {
            participant.put("leave_reason", leaveReason);
        }
        participant.put("email", connection.userEmail);
        switch (variant) {
            case REGISTRANT_ID_NULL -> participant.putNull("registrant_id");
            case REGISTRANT_ID_EMPTY -> participant.put("registrant_id", "");
            default -> participant.put("registrant_id", connection.registrantId);
        }
        participant.put("participant_user_id", connection.id);
        participant.put("customer_key", connection.customerKey);
        return Notifications.envelope(event, time, accountId, object);
    }

    /**
     * Returns meeting.participant_role_changed. Its participant carries no id, customer_key or
     * registrant_id (rivet: MeetingParticipantRoleChangedEvent), so a consumer cannot match it by registrant.
     */
    ObjectNode roleChanged(String event, PastInstance instance, int duration, PastParticipant connection, Instant time,
                           String oldRole, String newRole) {
        ObjectNode object = instanceObject(instance, duration, NotificationVariant.DOCUMENTED);
        ObjectNode participant = object.putObject("participant");
        participant.put("user_id", connection.userId);
        participant.put("user_name", connection.name);
        participant.put("email", connection.userEmail);
        participant.put("participant_user_id", connection.id);
        participant.put("participant_uuid", connection.participantUuid);
        participant.put("date_time", Times.format(time));
        participant.put("old_role", oldRole);
        participant.put("new_role", newRole);
        return Notifications.envelope(event, time, accountId, object);
    }

    private static ObjectNode instanceObject(PastInstance instance, int duration, NotificationVariant variant) {
        ObjectNode object = Json.object();
        if (variant == NotificationVariant.OBJECT_ID_NUMBER) {
            object.put("id", instance.meetingId);
        } else {
            object.put("id", Long.toString(instance.meetingId));
        }
        object.put("uuid", instance.uuid);
        object.put("host_id", instance.hostId);
        object.put("topic", instance.topic);
        object.put("type", instance.type);
        object.put("start_time", Times.format(instance.startTime));
        object.put("timezone", instance.timezone);
        object.put("duration", duration);
        return object;
    }
}
