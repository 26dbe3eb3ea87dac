package org.viltzoom.zoomsimulator.users;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.viltzoom.zoomsimulator.Json;
import org.viltzoom.zoomsimulator.state.Account;
import org.viltzoom.zoomsimulator.state.PasscodeRequirement;
import org.viltzoom.zoomsimulator.state.User;

/** JSON of users and user settings (rivet: UsersGetUserResponse, UsersListUsersResponse, UsersGetUserSettingsResponse). */
public final class UserJson {

    private UserJson() {
    }

    public static ObjectNode user(User user, Account account, String baseUrl) {
        ObjectNode json = listEntry(user);
        json.put("display_name", (user.firstName + " " + user.lastName).trim());
        json.put("role_name", user.roleName);
        json.put("use_pmi", false);
        json.put("personal_meeting_url", baseUrl + "/j/" + user.pmi);
        json.put("account_id", user.accountId);
        json.put("account_number", account == null ? 0 : account.accountNumber);
        json.put("cluster", "us05");
        json.put("jid", user.id.toLowerCase() + "@xmpp.zoom.us");
        json.put("phone_number", "");
        json.put("language", user.language);
        json.put("user_created_at", user.createdAt);
        json.putArray("login_types").add(100);
        return json;
    }

    /** Returns one entry of {@code users[]} in GET /users. */
    public static ObjectNode listEntry(User user) {
        ObjectNode json = Json.object();
        json.put("id", user.id);
        json.put("first_name", user.firstName);
        json.put("last_name", user.lastName);
        json.put("display_name", (user.firstName + " " + user.lastName).trim());
        json.put("email", user.email);
        json.put("type", user.type);
        json.put("pmi", user.pmi);
        json.put("timezone", user.timezone);
        json.put("verified", 1);
        json.put("dept", user.dept);
        json.put("created_at", user.createdAt);
        json.put("user_created_at", user.createdAt);
        json.put("last_login_time", user.createdAt);
        json.put("last_client_version", "6.0.0.00000(mac)");
        json.put("status", user.status);
        json.put("role_id", roleId(user.roleName));
        return json;
    }

    /** Returns GET /users/{userId}/settings without an option: the parts the product reads. */
    public static ObjectNode settings(User user) {
        ObjectNode json = Json.object();
        ObjectNode scheduleMeeting = json.putObject("schedule_meeting");
        scheduleMeeting.put("host_video", true);
        scheduleMeeting.put("participants_video", true);
        scheduleMeeting.put("join_before_host", false);
        scheduleMeeting.put("require_password_for_scheduling_new_meetings", user.meetingPasswordRequirement.length > 0);
        scheduleMeeting.put("use_pmi_for_scheduled_meetings", false);
        ObjectNode inMeeting = json.putObject("in_meeting");
        inMeeting.put("breakout_room", true);
        inMeeting.put("waiting_room", false);
        ObjectNode recording = json.putObject("recording");
        recording.put("cloud_recording", user.isLicensed());
        recording.put("auto_recording", "none");
        ObjectNode feature = json.putObject("feature");
        feature.put("meeting_capacity", 100);
        feature.put("large_meeting", false);
        feature.put("webinar", user.webinar);
        feature.put("webinar_capacity", user.webinarCapacity);
        feature.put("zoom_events", user.zoomEvents);
        feature.put("cn_meeting", false);
        feature.put("in_meeting", false);
        return json;
    }

    /** Returns GET /users/{userId}/settings?option=meeting_security. */
    public static ObjectNode meetingSecurity(User user) {
        PasscodeRequirement policy = user.meetingPasswordRequirement;
        ObjectNode json = Json.object();
        ObjectNode security = json.putObject("meeting_security");
        security.put("auto_security", true);
        security.put("block_user_domain", false);
        security.put("embed_password_in_join_link", true);
        security.put("encryption_type", "enhanced_encryption");
        security.put("end_to_end_encrypted_meetings", false);
        security.put("meeting_password", policy.length > 0);
        ObjectNode requirement = security.putObject("meeting_password_requirement");
        requirement.put("consecutive_characters_length", policy.consecutiveCharactersLength);
        requirement.put("have_letter", policy.haveLetter);
        requirement.put("have_number", policy.haveNumber);
        requirement.put("have_special_character", policy.haveSpecialCharacter);
        requirement.put("have_upper_and_lower_characters", policy.haveUpperAndLowerCharacters);
        requirement.put("length", policy.length);
        requirement.put("only_allow_numeric", policy.onlyAllowNumeric);
        requirement.put("weak_enhance_detection", policy.weakEnhanceDetection);
        security.put("waiting_room", false);
        security.put("webinar_password", false);
        return json;
    }

    private static String roleId(String roleName) {
        return switch (roleName) {
            case "Owner" -> "0";
            case "Admin" -> "1";
            default -> "2";
        };
    }
}
