package org.viltzoom.zoomsimulator.meetings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import org.viltzoom.zoomsimulator.Json;

/** The settings object of a new meeting: Zoom's defaults, then the template's, then the request's. */
public final class MeetingSettings {

    private MeetingSettings() {
    }

    public static ObjectNode defaults(boolean webinar) {
        return webinar ? webinarDefaults() : meetingDefaults();
    }

    private static ObjectNode meetingDefaults() {
        ObjectNode settings = common();
        settings.put("participant_video", false);
        settings.put("join_before_host", false);
        settings.put("jbh_time", 0);
        settings.put("mute_upon_entry", false);
        settings.put("watermark", false);
        settings.put("use_pmi", false);
        settings.put("waiting_room", false);
        settings.put("alternative_hosts_email_notification", true);
        settings.put("private_meeting", false);
        settings.put("email_notification", true);
        settings.put("encryption_type", "enhanced_encryption");
        return settings;
    }

    private static ObjectNode webinarDefaults() {
        ObjectNode settings = common();
        settings.put("panelists_video", false);
        settings.put("practice_session", false);
        settings.put("hd_video", false);
        settings.put("on_demand", false);
        settings.put("post_webinar_survey", false);
        return settings;
    }

    private static ObjectNode common() {
        ObjectNode settings = Json.object();
        settings.put("host_video", false);
        settings.put("approval_type", 2);
        settings.put("audio", "voip");
        settings.put("auto_recording", "none");
        settings.put("meeting_authentication", false);
        settings.put("alternative_hosts", "");
        settings.put("registrants_email_notification", true);
        settings.put("registrants_confirmation_email", true);
        settings.put("close_registration", false);
        settings.put("show_share_button", false);
        settings.put("allow_multiple_devices", false);
        return settings;
    }

    /** Copies every field of the patch into the target, replacing nested objects field by field. */
    public static void merge(ObjectNode target, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = target.get(field.getKey());
            if (existing instanceof ObjectNode existingObject && field.getValue().isObject()) {
                merge(existingObject, field.getValue());
            } else {
                target.set(field.getKey(), field.getValue().deepCopy());
            }
        }
    }
}
