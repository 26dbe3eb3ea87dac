package org.viltzoom.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.viltzoom.event.application.port.in.RecordRecordings;
import org.viltzoom.event.domain.RecordingFile;
import org.viltzoom.event.testing.EventApi;
import org.viltzoom.event.testing.ZoomWorld;
import org.viltzoom.kernel.event.Topics;

/** Duplicate {@code recording.completed} deliveries (case R-1). */
@QuarkusTest
class RecordingNotificationsTest extends AcceptanceTestBase {

    @Inject
    RecordRecordings recordings;

    @Test
    void duplicateDeliveriesKeepOneSetWithNewestToken() {
        ZoomWorld world = ZoomWorld.create(changes, 2, null);
        String id = EventApi.created(world.event(LocalDate.now().plusDays(10)));
        long meetingId = EventApi.get(id).jsonPath().getLong("meeting.meetingId");
        String instance = "instR1-" + world.suffix + "==";
        Instant first = Instant.parse("2026-05-05T12:00:00Z");

        publish(world, recordingBody("recording.completed", instance, meetingId, first, "token-1",
                "{\"id\": \"rf-1\", \"file_type\": \"MP4\"}, {\"id\": \"rf-2\", \"file_type\": \"M4A\"}"));
        publish(world, recordingBody("recording.completed", instance, meetingId, first.plusSeconds(40), "token-2",
                "{\"id\": \"rf-1\", \"file_type\": \"MP4\"}, {\"id\": \"rf-2\", \"file_type\": \"M4A\"}"));
        publish(world, recordingBody("recording.transcript_completed", instance, meetingId, first.plusSeconds(300),
                "token-3", "{\"id\": \"rf-3\", \"file_type\": \"TRANSCRIPT\"}"));
        // A late copy of the first delivery must not bring its older token back.
        publish(world, recordingBody("recording.completed", instance, meetingId, first.plusSeconds(1), "token-0",
                "{\"id\": \"rf-1\", \"file_type\": \"MP4\"}"));

        // The consumer applies records of one key in order, so the last one processed means all were.
        await().atMost(Duration.ofSeconds(20)).until(() -> files(id).size() == 3
                && files(id).get(2).downloadToken().equals("token-3")
                && files(id).get(0).notifiedAt().equals(first.plusSeconds(40)));

        List<RecordingFile> files = files(id);
        assertThat(files).extracting(RecordingFile::fileId).containsExactly("rf-1", "rf-2", "rf-3");
        assertThat(files).extracting(RecordingFile::meetingUuid).containsOnly(instance);
        assertThat(files.get(0).downloadToken()).isEqualTo("token-2");
        assertThat(files.get(1).downloadToken()).isEqualTo("token-2");
        assertThat(files.get(2).downloadToken()).isEqualTo("token-3");
        assertThat(requests("GET", "/rec/download/.*")).as("nothing is downloaded on a notification").isZero();
        assertThat(EventApi.admin().get(EventApi.PATH + "/{id}/recordings", ZoomWorld.PLATFORM, id).asString())
                .doesNotContain("token-");
    }

    private List<RecordingFile> files(String id) {
        return recordings.list(ZoomWorld.PLATFORM, UUID.fromString(id));
    }

    private static String recordingBody(String event, String instance, long meetingId, Instant at, String token,
                                        String files) {
        String withUrls = files.replace("\"file_type\"", "\"download_url\": \"https://zoom.example/rec/download/f?t="
                + token + "\", \"status\": \"completed\", \"file_size\": 1000, \"file_type\"");
        return """
                {"event": "%s", "event_ts": %d, "download_token": "%s",
                 "payload": {"account_id": "zacc", "object": {"uuid": "%s", "id": %d, "recording_files": [%s]}}}
                """.formatted(event, at.toEpochMilli(), token, instance, meetingId, withUrls);
    }

    private static void publish(ZoomWorld world, String body) {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.ZOOM_NOTIFICATIONS, world.zoomAccount, body)).get();
        } catch (Exception e) {
            throw new AssertionError("publishing the notification failed", e);
        }
    }
}
