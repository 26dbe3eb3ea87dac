package org.viltzoom.zoomsimulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.viltzoom.zoomsimulator.control.UserChanges;
import org.viltzoom.zoomsimulator.playback.MeetingScript;

/**
 * Produces one body of every endpoint and notification the product uses, through real flows
 * against the simulator, and writes them to target/fidelity for fidelity/check.sh, which
 * type-checks them against @zoom/rivet. Observed variants that rivet rejects go to
 * target/fidelity/variants and are checked here instead.
 */
class FidelitySamplesTest {

    static SimulatorFixture fixture;
    static Path output;

    @BeforeAll
    static void start() throws Exception {
        fixture = new SimulatorFixture();
        output = Path.of(System.getProperty("fidelity.output.dir", "target/fidelity"));
        Files.createDirectories(output.resolve("variants"));
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void writesEverySampleInTypeMap() throws Exception {
        fixture.simulator.control().setClock(Instant.parse("2026-05-10T08:00:00Z"));
        String token = fixture.adminToken();
        writeRestSamples(token);
        writeNotificationSamples();

        JsonNode types = Json.MAPPER.readTree(Path.of("fidelity/types.json").toFile());
        Iterator<String> names = types.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            assertThat(output.resolve(name + ".json")).as("sample for %s", name).exists();
        }
    }

    private void writeRestSamples(String token) throws Exception {
        write("rest.users.get", ok(fixture.get(token, "/v2/users/a@example.com")));
        write("rest.users.list", ok(fixture.get(token, "/v2/users?page_size=2")));
        write("rest.users.settings", ok(fixture.get(token, "/v2/users/me/settings")));
        write("rest.users.settings.meeting_security", ok(fixture.get(token, "/v2/users/me/settings?option=meeting_security")));

        JsonNode meeting = ok(fixture.send(token, "POST", "/v2/users/me/meetings", """
                {"topic": "Fidelity", "type": 2, "start_time": "2026-06-01T10:00:00", "timezone": "Europe/Paris", "duration": 60,
                 "password": "abc12345", "agenda": "Sample", "template_id": "tpl-1",
                 "settings": {"approval_type": 0, "alternative_hosts": "h@example.com", "waiting_room": true,
                              "meeting_authentication": false, "auto_recording": "cloud"}}
                """));
        write("rest.meetings.create", meeting);
        long meetingId = meeting.get("id").asLong();
        write("rest.meetings.get", ok(fixture.get(token, "/v2/meetings/" + meetingId)));

        JsonNode webinar = ok(fixture.send(token, "POST", "/v2/users/h@example.com/webinars",
                "{\"topic\":\"Webinar\",\"start_time\":\"2026-06-02T10:00:00Z\",\"duration\":60,\"settings\":{\"approval_type\":0}}"));
        write("rest.webinars.create", webinar);
        write("rest.webinars.get", ok(fixture.get(token, "/v2/webinars/" + webinar.get("id").asLong())));

        write("rest.meeting_templates.list", ok(fixture.get(token, "/v2/users/me/meeting_templates")));
        write("rest.registrants.add", ok(fixture.send(token, "POST", "/v2/meetings/" + meetingId + "/registrants",
                "{\"email\":\"learner3@example.com\",\"first_name\":\"Lee\",\"last_name\":\"Learner\"}")));
        write("rest.registrants.list", ok(fixture.get(token, "/v2/meetings/" + meetingId + "/registrants")));
    }

    private void writeNotificationSamples() throws Exception {
        MeetingScript meetingScript = Json.SEED_MAPPER.readValue("""
                {"meeting_id": 85000000077, "host_id": "u-a", "topic": "Fidelity instance", "uuid": "instF1==", "report_delay_seconds": 0,
                 "timezone": "Europe/Paris",
                 "participants": {"l": {"name": "Lee Learner", "email": "learner3@example.com", "registrant_id": "REG-1"},
                                  "g": {"name": "Guest"}},
                 "steps": [
                   {"at": "2026-05-10T09:00:00Z", "action": "start"},
                   {"at": "2026-05-10T09:01:00Z", "action": "join_waiting_room", "participant": "l"},
                   {"at": "2026-05-10T09:02:00Z", "action": "admit", "participant": "l"},
                   {"at": "2026-05-10T09:02:00Z", "action": "join", "participant": "l"},
                   {"at": "2026-05-10T09:03:00Z", "action": "join", "participant": "g", "variant": "REGISTRANT_ID_NULL"},
                   {"at": "2026-05-10T09:05:00Z", "action": "role_changed", "participant": "l"},
                   {"at": "2026-05-10T09:10:00Z", "action": "join_breakout_room", "participant": "l"},
                   {"at": "2026-05-10T09:20:00Z", "action": "leave_breakout_room", "participant": "l"},
                   {"at": "2026-05-10T09:30:00Z", "action": "put_in_waiting_room", "participant": "g"},
                   {"at": "2026-05-10T09:50:00Z", "action": "leave", "participant": "l"},
                   {"at": "2026-05-10T10:00:00Z", "action": "end"}]}
                """, MeetingScript.class);
        fixture.simulator.control().play(meetingScript);
        MeetingScript webinarScript = Json.SEED_MAPPER.readValue("""
                {"meeting_id": 85000000078, "host_id": "u-h", "topic": "Fidelity webinar", "webinar": true, "timezone": "UTC",
                 "participants": {"l": {"name": "Lee Learner", "email": "learner3@example.com", "zoom_user_id": "u-e"}},
                 "steps": [
                   {"at": "2026-05-10T09:00:00Z", "action": "start"},
                   {"at": "2026-05-10T09:05:00Z", "action": "join", "participant": "l"},
                   {"at": "2026-05-10T09:55:00Z", "action": "leave", "participant": "l"},
                   {"at": "2026-05-10T10:00:00Z", "action": "end"}]}
                """, MeetingScript.class);
        fixture.simulator.control().play(webinarScript);
        fixture.simulator.control().advanceClock(Duration.ofHours(2));

        String token = fixture.adminToken();
        String uuid = SimulatorFixture.encode(SimulatorFixture.encode("instF1=="));
        write("rest.past_meetings.participants", ok(fixture.get(token, "/v2/past_meetings/" + uuid + "/participants")));
        write("rest.report.meetings.participants", ok(fixture.get(token, "/v2/report/meetings/85000000077/participants")));

        fixture.simulator.control().seed("""
                {"recordings": [{"meeting_uuid": "instF1==", "meeting_id": 85000000077, "host_id": "u-a", "topic": "Fidelity instance",
                  "start_time": "2026-05-10T09:00:00Z", "duration": 60,
                  "files": [
                    {"id": "f-1", "file_type": "MP4", "file_size": 2048, "recording_type": "shared_screen_with_speaker_view"},
                    {"id": "f-2", "file_type": "TRANSCRIPT", "file_size": 100, "recording_type": "audio_transcript"}]}]}
                """);
        write("rest.recordings.get", ok(fixture.get(token, "/v2/meetings/" + uuid + "/recordings")));
        fixture.simulator.control().completeRecording("instF1==", 1, Duration.ZERO);
        fixture.simulator.control().completeTranscript("instF1==");

        fixture.simulator.control().setUserStatus("u-e", "inactive");
        fixture.simulator.control().setUserStatus("u-e", "active");
        UserChanges changes = new UserChanges();
        changes.webinar = true;
        changes.firstName = "Eve";
        fixture.simulator.control().updateUser("u-e", changes);
        long meetingId = ok(fixture.send(token, "POST", "/v2/users/me/meetings", "{\"topic\":\"gone\",\"password\":\"abc12345\"}")).get("id").asLong();
        fixture.simulator.control().deleteMeetingInZoom(meetingId);
        fixture.simulator.control().disassociateUser("u-off");
        fixture.simulator.control().deleteUser("u-basic");
        fixture.simulator.control().deauthorizeApp("T1", "acc-1", "u-a");

        for (String event : List.of("meeting.started", "meeting.ended", "meeting.participant_left",
                "meeting.participant_joined_waiting_room", "meeting.participant_admitted", "meeting.participant_put_in_waiting_room",
                "meeting.participant_joined_breakout_room", "meeting.participant_left_breakout_room",
                "meeting.participant_role_changed", "meeting.deleted",
                "webinar.started", "webinar.ended", "webinar.participant_joined", "webinar.participant_left",
                "recording.completed", "recording.transcript_completed", "user.activated", "user.deactivated",
                "user.deleted", "user.disassociated", "user.updated", "app_deauthorized")) {
            write("event." + event, firstBody(event, body -> true));
        }
        write("event.meeting.participant_joined", firstBody("meeting.participant_joined",
                body -> !body.path("payload").path("object").path("participant").path("registrant_id").isNull()));
        JsonNode nullVariant = firstBody("meeting.participant_joined",
                body -> body.path("payload").path("object").path("participant").path("registrant_id").isNull());
        assertThat(nullVariant.get("payload").get("object").get("participant").has("registrant_id")).isTrue();
        Files.writeString(output.resolve("variants/event.meeting.participant_joined.registrant_id_null.json"), nullVariant.toPrettyString());
    }

    private static JsonNode firstBody(String event, java.util.function.Predicate<JsonNode> filter) throws Exception {
        for (WebhookReceiver.Received received : fixture.receiver.await(event, 1)) {
            JsonNode body = Json.MAPPER.readTree(received.body());
            if (filter.test(body)) {
                return body;
            }
        }
        throw new AssertionError("No " + event + " notification matched");
    }

    private static JsonNode ok(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return SimulatorFixture.json(response);
    }

    private static void write(String name, JsonNode body) throws IOException {
        assertThat(body).isInstanceOf(ObjectNode.class);
        Files.writeString(output.resolve(name + ".json"), body.toPrettyString());
    }
}
