package org.viltzoom.zoomsimulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.viltzoom.zoomsimulator.playback.MeetingScript;
import org.viltzoom.zoomsimulator.playback.PlaybackResult;

class PlaybackContractTest {

    static SimulatorFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = new SimulatorFixture();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @BeforeEach
    void clear() {
        fixture.receiver.received.clear();
        fixture.simulator.control().clearLogs();
    }

    private static MeetingScript script(String json) throws Exception {
        return Json.SEED_MAPPER.readValue(json, MeetingScript.class);
    }

    /** no meeting.started, ended with duration 0, a leave 31 minutes after the end, report 3001 then 200. */
    @Test
    void missingStartLateLeaveAndReportDelay() throws Exception {
        fixture.simulator.control().setClock(Instant.parse("2026-05-05T13:50:00Z"));
        String token = fixture.adminToken();
        fixture.simulator.control().play(script("""
                {"meeting_id": 85000000041, "host_id": "u-a", "topic": "A-5", "uuid": "instA5==",
                 "leaves_at_end": "after_end", "leave_after_end_seconds": 1855,
                 "participants": {
                   "host": {"name": "Ada Admin", "email": "a@example.com", "zoom_user_id": "u-a"},
                   "learner": {"name": "Learner Seven", "email": "learner7@example.com"}},
                 "steps": [
                   {"at": "2026-05-05T13:58:00Z", "action": "start", "drop": true},
                   {"at": "2026-05-05T13:58:00Z", "action": "join", "participant": "host", "delay_seconds": 2},
                   {"at": "2026-05-05T14:00:00Z", "action": "join", "participant": "learner", "participant_uuid": "PU-1", "delay_seconds": 2},
                   {"at": "2026-05-05T15:00:00Z", "action": "end", "duration": 0, "delay_seconds": 5}]}
                """));

        fixture.simulator.control().advanceClock(Duration.between(Instant.parse("2026-05-05T13:50:00Z"), Instant.parse("2026-05-05T15:00:10Z")));
        List<WebhookReceiver.Received> ended = fixture.receiver.await("meeting.ended", 1);
        JsonNode endedObject = Json.MAPPER.readTree(ended.get(0).body()).get("payload").get("object");
        assertThat(endedObject.get("duration").asInt()).isZero();
        assertThat(endedObject.get("start_time").asText()).isEqualTo("2026-05-05T13:58:00Z");
        assertThat(endedObject.get("end_time").asText()).isEqualTo("2026-05-05T15:00:00Z");
        assertThat(fixture.receiver.events("meeting.started")).isEmpty();
        assertThat(fixture.receiver.events("meeting.participant_left")).isEmpty();

        token = fixture.adminToken();
        HttpResponse<String> notReady = fixture.get(token, "/v2/report/meetings/85000000041/participants");
        assertThat(notReady.statusCode()).isEqualTo(404);
        assertThat(SimulatorFixture.json(notReady).get("code").asInt()).isEqualTo(3001);

        fixture.simulator.control().advanceClock(Duration.ofMinutes(10));
        JsonNode report = SimulatorFixture.json(fixture.get(token, "/v2/report/meetings/85000000041/participants"));
        assertThat(report.get("participants")).hasSize(2);
        JsonNode learner = report.get("participants").get(1);
        assertThat(learner.get("user_email").asText()).isEqualTo("learner7@example.com");
        assertThat(learner.get("leave_time").asText()).isEqualTo("2026-05-05T15:00:00Z");
        assertThat(learner.get("duration").asInt()).isEqualTo(3600);

        fixture.simulator.control().advanceClock(Duration.ofMinutes(25));
        JsonNode late = Json.MAPPER.readTree(fixture.receiver.await("meeting.participant_left", 2).get(0).body());
        assertThat(late.get("payload").get("object").get("participant").get("leave_time").asText()).isEqualTo("2026-05-05T15:00:00Z");
    }

    /** every rejoin brings new connection ids; duplicates are byte-identical; a delay reorders. */
    @Test
    void rejoinDuplicateAndReorder() throws Exception {
        fixture.simulator.control().setClock(Instant.parse("2026-05-06T08:59:00Z"));
        String token = fixture.adminToken();
        PlaybackResult result = fixture.simulator.control().play(script("""
                {"meeting_id": 85000000002, "host_id": "u-a", "topic": "A-2", "uuid": "/inst//A2==", "report_delay_seconds": 0,
                 "participants": {"l3": {"name": "Lee", "email": "learner3@example.com", "registrant_id": "REG-77"}},
                 "steps": [
                   {"at": "2026-05-06T09:00:00Z", "action": "start"},
                   {"at": "2026-05-06T09:00:00Z", "action": "join", "participant": "l3", "participant_uuid": "PU-a", "user_id": "16790001"},
                   {"at": "2026-05-06T09:20:00Z", "action": "leave", "participant": "l3", "delay_seconds": 600, "duplicate": 1, "duplicate_delay_seconds": 300},
                   {"at": "2026-05-06T09:25:00Z", "action": "join", "participant": "l3", "participant_uuid": "PU-b", "user_id": "16791552"},
                   {"at": "2026-05-06T09:40:00Z", "action": "role_changed", "participant": "l3"},
                   {"at": "2026-05-06T10:00:00Z", "action": "leave", "participant": "l3"},
                   {"at": "2026-05-06T10:00:00Z", "action": "end"}]}
                """));
        fixture.simulator.control().advanceClock(Duration.ofHours(2));

        List<WebhookReceiver.Received> joins = fixture.receiver.await("meeting.participant_joined", 2);
        List<WebhookReceiver.Received> leaves = fixture.receiver.await("meeting.participant_left", 3);
        assertThat(joins).extracting(r -> participant(r).get("user_id").asText()).containsExactlyInAnyOrder("16790001", "16791552");
        assertThat(joins).extracting(r -> participant(r).get("registrant_id").asText()).containsOnly("REG-77");
        JsonNode roleChange = participant(fixture.receiver.await("meeting.participant_role_changed", 1).get(0));
        assertThat(roleChange.get("participant_uuid").asText()).isEqualTo("PU-b");
        assertThat(roleChange.has("registrant_id")).isFalse();
        List<String> leaveBodies = leaves.stream().map(WebhookReceiver.Received::text).toList();
        assertThat(leaveBodies.stream().filter(body -> body.contains("PU-a")).distinct()).hasSize(1);
        assertThat(leaveBodies.stream().filter(body -> body.contains("PU-a"))).hasSize(2);
        List<String> order = fixture.simulator.control().deliveries().stream()
                .sorted(java.util.Comparator.comparingLong(org.viltzoom.zoomsimulator.webhooks.Delivery::notificationId))
                .map(d -> d.body().contains("PU-b") && d.body().contains("participant_joined") ? "join-b"
                        : d.body().contains("PU-a") && d.body().contains("participant_left") ? "leave-a" : "other")
                .filter(label -> !label.equals("other")).toList();
        assertThat(order.get(0)).isEqualTo("join-b");
        List<String> arrival = fixture.receiver.received.stream()
                .map(r -> r.text().contains("PU-b") && r.text().contains("participant_joined") ? "join-b"
                        : r.text().contains("PU-a") && r.text().contains("participant_left") ? "leave-a" : "other")
                .filter(label -> !label.equals("other")).toList();
        assertThat(arrival).containsExactly("join-b", "leave-a", "leave-a");

        token = fixture.adminToken();
        String uuid = result.instanceUuids().get(0);
        HttpResponse<String> encodedOnce = fixture.get(token, "/v2/past_meetings/" + SimulatorFixture.encode(uuid) + "/participants");
        assertThat(encodedOnce.statusCode()).isEqualTo(404);
        HttpResponse<String> encodedTwice = fixture.get(token, "/v2/past_meetings/"
                + SimulatorFixture.encode(SimulatorFixture.encode(uuid)) + "/participants");
        assertThat(encodedTwice.statusCode()).isEqualTo(200);
        JsonNode rows = SimulatorFixture.json(encodedTwice).get("participants");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("duration").asInt()).isEqualTo(1200);
        assertThat(rows.get(1).get("duration").asInt()).isEqualTo(2100);
    }

    /** Waiting room, breakout room and a restart with a new UUID. */
    @Test
    void waitingRoomBreakoutAndRestart() throws Exception {
        fixture.simulator.control().setClock(Instant.parse("2026-05-07T08:59:00Z"));
        PlaybackResult result = fixture.simulator.control().play(script("""
                {"meeting_id": 85000000003, "host_id": "u-a", "topic": "rooms", "report_delay_seconds": 0,
                 "participants": {"g": {"name": "Guest"}},
                 "steps": [
                   {"at": "2026-05-07T09:00:00Z", "action": "start"},
                   {"at": "2026-05-07T09:01:00Z", "action": "join_waiting_room", "participant": "g"},
                   {"at": "2026-05-07T09:02:00Z", "action": "admit", "participant": "g"},
                   {"at": "2026-05-07T09:02:00Z", "action": "join", "participant": "g"},
                   {"at": "2026-05-07T09:10:00Z", "action": "join_breakout_room", "participant": "g", "breakout_room_uuid": "bo-1"},
                   {"at": "2026-05-07T09:20:00Z", "action": "leave_breakout_room", "participant": "g", "breakout_room_uuid": "bo-1"},
                   {"at": "2026-05-07T09:30:00Z", "action": "end"},
                   {"at": "2026-05-07T09:40:00Z", "action": "restart"},
                   {"at": "2026-05-07T09:50:00Z", "action": "end"}]}
                """));
        fixture.simulator.control().advanceClock(Duration.ofMinutes(5));
        assertThat(fixture.simulator.control().meeting(85000000003L).status).isEqualTo("started");
        fixture.simulator.control().advanceClock(Duration.ofHours(1));

        assertThat(fixture.simulator.control().meeting(85000000003L).status).isEqualTo("waiting");
        assertThat(result.instanceUuids()).hasSize(2).doesNotHaveDuplicates();
        assertThat(fixture.receiver.await("meeting.participant_joined_waiting_room", 1)).hasSize(1);
        assertThat(fixture.receiver.await("meeting.participant_admitted", 1)).hasSize(1);
        JsonNode breakout = Json.MAPPER.readTree(fixture.receiver.await("meeting.participant_joined_breakout_room", 1).get(0).body());
        assertThat(breakout.get("payload").get("object").get("breakout_room_uuid").asText()).isEqualTo("bo-1");
        assertThat(fixture.receiver.await("meeting.participant_left_breakout_room", 1)).hasSize(1);
        List<WebhookReceiver.Received> started = fixture.receiver.await("meeting.started", 2);
        assertThat(started).extracting(r -> object(r).get("uuid").asText()).containsExactlyElementsOf(result.instanceUuids());
    }

    @Test
    void invalidStepIsReportedAsFailure() throws Exception {
        fixture.simulator.control().setClock(Instant.parse("2026-05-09T08:00:00Z"));
        fixture.simulator.control().play(script("""
                {"meeting_id": 85000000005, "host_id": "u-a", "participants": {"x": {"name": "X"}},
                 "steps": [{"at": "2026-05-09T09:00:00Z", "action": "start"},
                           {"at": "2026-05-09T09:05:00Z", "action": "leave", "participant": "x"}]}
                """));
        fixture.simulator.control().advanceClock(Duration.ofHours(2));

        assertThat(fixture.simulator.control().scheduledTaskFailures()).anyMatch(failure -> failure.contains("not in the meeting"));
    }

    /** two recording.completed deliveries differ only in download_token and URL query; transcript comes later. */
    @Test
    void duplicateRecordingCompleted() throws Exception {
        fixture.simulator.control().setClock(Instant.parse("2026-05-08T12:00:00Z"));
        String token = fixture.adminToken();
        fixture.simulator.control().seed("""
                {"recordings": [{"meeting_uuid": "instR1==", "meeting_id": 85000000011, "host_id": "u-a", "topic": "R-1",
                  "start_time": "2026-05-08T10:00:00Z", "duration": 60,
                  "files": [
                    {"id": "rf-1", "file_type": "MP4", "file_size": 2048, "recording_type": "shared_screen_with_speaker_view"},
                    {"id": "rf-2", "file_type": "M4A", "file_size": 1024, "recording_type": "audio_only"},
                    {"id": "rf-3", "file_type": "TRANSCRIPT", "file_size": 100, "recording_type": "audio_transcript"}]}]}
                """);

        List<String> tokens = fixture.simulator.control().completeRecording("instR1==", 2, Duration.ofSeconds(40));
        fixture.receiver.await("recording.completed", 1);
        fixture.simulator.control().advanceClock(Duration.ofSeconds(40));
        List<WebhookReceiver.Received> completed = fixture.receiver.await("recording.completed", 2);
        fixture.simulator.control().completeTranscript("instR1==");
        List<WebhookReceiver.Received> transcript = fixture.receiver.await("recording.transcript_completed", 1);

        assertThat(tokens).hasSize(2).doesNotHaveDuplicates();
        JsonNode first = Json.MAPPER.readTree(completed.get(0).body());
        JsonNode second = Json.MAPPER.readTree(completed.get(1).body());
        assertThat(first.get("download_token").asText()).isNotEqualTo(second.get("download_token").asText());
        assertThat(normalize(completed.get(0).text(), first)).isEqualTo(normalize(completed.get(1).text(), second));
        assertThat(first.get("payload").get("object").get("recording_files")).extracting(f -> f.get("id").asText()).containsExactly("rf-1", "rf-2");
        assertThat(object(transcript.get(0)).get("recording_files")).extracting(f -> f.get("id").asText()).containsExactly("rf-3");

        JsonNode listed = SimulatorFixture.json(fixture.get(token, "/v2/meetings/" + SimulatorFixture.encode("instR1==") + "/recordings"));
        assertThat(listed.get("total_size").asLong()).isEqualTo(3172);
        assertThat(listed.get("recording_files")).hasSize(3);
        HttpResponse<String> none = fixture.get(token, "/v2/meetings/85000000099/recordings");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(SimulatorFixture.json(none).get("code").asInt()).isEqualTo(3301);

        String downloadUrl = first.get("payload").get("object").get("recording_files").get(0).get("download_url").asText();
        HttpResponse<byte[]> file = fixture.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(downloadUrl)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).hasSize(2048);
    }

    private static String normalize(String text, JsonNode body) {
        return text.replace(body.get("download_token").asText(), "TOKEN").replaceAll("\"event_ts\":\\d+", "");
    }

    private static JsonNode object(WebhookReceiver.Received received) {
        try {
            return Json.MAPPER.readTree(received.body()).get("payload").get("object");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode participant(WebhookReceiver.Received received) {
        return object(received).get("participant");
    }
}
