package org.viltzoom.zoomsimulator.meetings;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.viltzoom.zoomsimulator.Json;
import org.viltzoom.zoomsimulator.state.Meeting;
import org.viltzoom.zoomsimulator.state.User;
import org.viltzoom.zoomsimulator.webhooks.Times;

/**
 * JSON of a meeting or webinar (rivet: MeetingsCreateMeetingResponse, MeetingsGetMeetingResponse,
 * WebinarsCreateWebinarResponse, WebinarsGetWebinarResponse). The id is a JSON number that can
 * exceed 32 bits.
 */
public final class MeetingJson {

    private MeetingJson() {
    }

    public static ObjectNode meeting(Meeting meeting, User host, String baseUrl, boolean includeStatus) {
        ObjectNode json = Json.object();
        json.put("uuid", meeting.uuid);
        json.put("id", meeting.id);
        json.put("host_id", meeting.hostId);
        json.put("host_email", host == null ? "" : host.email);
        if (!meeting.webinar) {
            json.put("assistant_id", "");
        }
        json.put("topic", meeting.topic);
        json.put("type", meeting.type);
        if (includeStatus && !meeting.webinar) {
            json.put("status", meeting.status);
        }
        if (meeting.startTime != null) {
            json.put("start_time", Times.format(meeting.startTime));
        }
        json.put("duration", meeting.duration);
        json.put("timezone", meeting.timezone);
        json.put("agenda", meeting.agenda);
        json.put("created_at", Times.format(meeting.createdAt));

        json.put("start_url", baseUrl + "/s/" + meeting.id + "?zak=" + zak(meeting));
        String joinUrl = baseUrl + "/j/" + meeting.id;
        if (!meeting.password.isEmpty()) {
            joinUrl += "?pwd=" + Integer.toHexString(meeting.password.hashCode()) + ".1";
        }
        json.put("join_url", joinUrl);
        int approvalType = meeting.settings.path("approval_type").asInt(2);
        // rivet's get-meeting type has no registration_url; the create response has it.
        if ((approvalType == 0 || approvalType == 1) && !includeStatus) {
            json.put("registration_url", baseUrl + "/" + (meeting.webinar ? "webinar" : "meeting") + "/register/" + meeting.id);
        }

        json.put("password", meeting.password);
        if (!meeting.webinar) {
            json.put("h323_password", digitsOf(meeting.password));
            json.put("pstn_password", digitsOf(meeting.password));
        }
        // Webinars name the field encrypted_passcode (rivet: WebinarsCreateWebinarResponse).
        json.put(meeting.webinar ? "encrypted_passcode" : "encrypted_password", Integer.toHexString(meeting.password.hashCode()) + ".1");

        if (meeting.usesPmi && host != null) {
            json.put("pmi", Long.toString(host.pmi));
        }
        if (!meeting.webinar) {
            json.put("pre_schedule", false);
        }
        if (meeting.templateId != null && meeting.webinar) {
            json.put("template_id", meeting.templateId);
        }
        json.set("settings", meeting.settings.deepCopy());
        json.put("creation_source", "open_api");
        return json;
    }

    /** Returns a stand-in for the host's ZAK. In Zoom, any person who opens the start URL becomes host. */
    private static String zak(Meeting meeting) {
        return "sim-zak-" + Long.toHexString(meeting.id * 31 + meeting.uuid.hashCode());
    }

    private static String digitsOf(String password) {
        StringBuilder digits = new StringBuilder();
        for (char c : password.toCharArray()) {
            digits.append(Character.isDigit(c) ? c : (char) ('0' + (c % 10)));
        }
        return digits.toString();
    }
}
