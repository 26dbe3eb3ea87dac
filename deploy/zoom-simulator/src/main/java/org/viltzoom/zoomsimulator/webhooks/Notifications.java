package org.viltzoom.zoomsimulator.webhooks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.viltzoom.zoomsimulator.Json;
import org.viltzoom.zoomsimulator.state.Meeting;
import org.viltzoom.zoomsimulator.state.OAuthApp;
import org.viltzoom.zoomsimulator.state.Recording;
import org.viltzoom.zoomsimulator.state.RecordingFile;
import org.viltzoom.zoomsimulator.state.User;

/**
 * Builds notification bodies in the documented shape of the {@code @zoom/rivet} 0.4.0 event
 * types named on each method.
 */
public final class Notifications {

    private Notifications() {
    }

    /** Returns the envelope {@code {event, event_ts, payload{account_id, object}}}. */
    public static ObjectNode envelope(String event, Instant at, String accountId, ObjectNode object) {
        ObjectNode body = Json.object();
        body.put("event", event);
        body.put("event_ts", at.toEpochMilli());
        ObjectNode payload = body.putObject("payload");
        payload.put("account_id", accountId);
        payload.set("object", object);
        return body;
    }

    /** Returns a user.activated, user.deactivated, user.deleted or user.disassociated body (rivet: UserActivatedEvent and siblings). */
    public static ObjectNode userEvent(String event, Instant at, User user, User operator) {
        ObjectNode object = Json.object();
        object.put("id", user.id);
        object.put("first_name", user.firstName);
        object.put("last_name", user.lastName);
        object.put("email", user.email);
        object.put("type", user.type == 1 ? 1 : 2);
        ObjectNode body = envelope(event, at, user.accountId, object);
        putOperator((ObjectNode) body.get("payload"), operator);
        return body;
    }

    /** Returns a user.updated body with the changed fields in object and their old values in old_object (rivet: UserUpdatedEvent). */
    public static ObjectNode userUpdated(Instant at, User user, User before, User operator) {
        ObjectNode object = Json.object().put("id", user.id);
        ObjectNode oldObject = Json.object().put("id", user.id);
        if (!user.email.equals(before.email)) {
            object.put("email", user.email);
            oldObject.put("email", before.email);
        }
        if (user.type != before.type) {
            object.put("type", user.type == 1 ? 1 : 2);
            oldObject.put("type", before.type == 1 ? 1 : 2);
        }
        if (!user.firstName.equals(before.firstName) || !user.lastName.equals(before.lastName)) {
            object.put("first_name", user.firstName).put("last_name", user.lastName);
            oldObject.put("first_name", before.firstName).put("last_name", before.lastName);
        }
        if (user.webinar != before.webinar) {
            object.putObject("settings").putObject("feature").put("webinar", user.webinar);
            oldObject.putObject("settings").putObject("feature").put("webinar", before.webinar);
        }
        ObjectNode body = envelope("user.updated", at, user.accountId, object);
        ObjectNode payload = (ObjectNode) body.get("payload");
        putOperator(payload, operator);
        payload.put("time_stamp", at.toEpochMilli());
        payload.set("old_object", oldObject);
        return body;
    }

    /**
     * Returns an app_deauthorized body (rivet: AppDeauthorizedEvent). Its signature is an
     * HMAC-SHA256 of the payload fields keyed by the client secret.
     */
    public static ObjectNode appDeauthorized(Instant at, OAuthApp app, String accountId, String userId) {
        ObjectNode body = Json.object();
        body.put("event", "app_deauthorized");
        ObjectNode payload = body.putObject("payload");
        String time = at.truncatedTo(ChronoUnit.SECONDS).toString();
        payload.put("account_id", accountId);
        payload.put("user_id", userId == null ? "" : userId);
        payload.put("signature", WebhookSignature.hmacHex(app.clientSecret,
                (accountId + ":" + userId + ":" + app.clientId + ":" + time).getBytes(StandardCharsets.UTF_8)));
        payload.put("deauthorization_time", time);
        payload.put("client_id", app.clientId);
        // rivet's AppDeauthorizedEvent carries event_ts inside the payload, unlike other events.
        payload.put("event_ts", at.toEpochMilli());
        return body;
    }

    /** Returns a meeting.deleted or webinar.deleted body; object.id is a number here (rivet: MeetingDeletedEvent). */
    public static ObjectNode meetingDeleted(Instant at, String accountId, Meeting meeting, User operator) {
        ObjectNode object = Json.object();
        object.put("uuid", meeting.uuid);
        object.put("id", meeting.id);
        object.put("host_id", meeting.hostId);
        object.put("topic", meeting.topic);
        object.put("type", meeting.type);
        if (meeting.startTime != null) {
            object.put("start_time", Times.format(meeting.startTime));
        }
        object.put("duration", meeting.duration);
        object.put("timezone", meeting.timezone);
        String event = meeting.webinar ? "webinar.deleted" : "meeting.deleted";
        ObjectNode body = envelope(event, at, accountId, object);
        ObjectNode payload = (ObjectNode) body.get("payload");
        putOperator(payload, operator);
        payload.put("operation", "single");
        return body;
    }

    /** Returns a recording.completed body with its top-level download_token (rivet: RecordingCompletedEvent). */
    public static ObjectNode recordingCompleted(Instant at, String accountId, Recording recording, User host,
                                                String baseUrl, String downloadToken) {
        return recordingEvent("recording.completed", at, accountId, recording, host, baseUrl, downloadToken, false);
    }

    /** Returns a recording.transcript_completed body carrying only the transcript files. */
    public static ObjectNode transcriptCompleted(Instant at, String accountId, Recording recording, User host,
                                                 String baseUrl, String downloadToken) {
        return recordingEvent("recording.transcript_completed", at, accountId, recording, host, baseUrl, downloadToken, true);
    }

    private static ObjectNode recordingEvent(String event, Instant at, String accountId, Recording recording, User host,
                                             String baseUrl, String downloadToken, boolean transcriptsOnly) {
        ObjectNode object = Json.object();
        object.put("id", recording.meetingId);
        object.put("uuid", recording.meetingUuid);
        object.put("host_id", recording.hostId);
        object.put("account_id", accountId);
        object.put("topic", recording.topic);
        object.put("type", 2);
        object.put("start_time", recording.startTime);
        object.put("password", recording.password);
        object.put("timezone", "UTC");
        object.put("host_email", host == null ? "" : host.email);
        object.put("duration", recording.duration);
        object.put("share_url", baseUrl + "/rec/share/" + Recordings.shareId(recording));
        ArrayNode files = Json.array();
        long totalSize = 0;
        for (RecordingFile file : recording.files) {
            boolean transcript = "TRANSCRIPT".equals(file.fileType);
            if (transcript != transcriptsOnly) {
                continue;
            }
            files.add(Recordings.fileJson(recording, file, baseUrl, downloadToken, true));
            totalSize += file.fileSize;
        }
        object.put("total_size", totalSize);
        object.put("recording_count", files.size());
        object.set("recording_files", files);

        ObjectNode body = Json.object();
        body.put("event", event);
        body.put("event_ts", at.toEpochMilli());
        ObjectNode payload = body.putObject("payload");
        payload.put("account_id", accountId);
        payload.set("object", object);
        body.put("download_token", downloadToken);
        return body;
    }

    private static void putOperator(ObjectNode payload, User operator) {
        payload.put("operator", operator == null ? "" : operator.email);
        payload.put("operator_id", operator == null ? "" : operator.id);
    }
}
