package org.viltzoom.event;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.viltzoom.event.testing.EventApi;
import org.viltzoom.event.testing.ZoomWorld;

/** Importing cloud recordings, with a distinct problem code per cause. */
@QuarkusTest
class RecordingImportTest extends AcceptanceTestBase {

    private static final String RECORDINGS = EventApi.PATH + "/{id}/recordings";
    /** 900 MiB, above the default maximum of 800 MiB. */
    private static final long TOO_LARGE = 900L * 1024 * 1024;

    @Test
    void completedFileIsImported() {
        Recorded recorded = recorded();

        importFile(recorded, "mp4-" + recorded.world.suffix).then().statusCode(200)
                .body("bytes", equalTo(4096))
                .body("fileType", equalTo("MP4"));
        EventApi.admin().get(RECORDINGS + "/zoom", ZoomWorld.PLATFORM, recorded.eventId)
                .then().statusCode(200).body("size()", equalTo(3));
    }

    @Test
    void eachCauseHasItsOwnProblem() {
        Recorded recorded = recorded();
        String suffix = recorded.world.suffix;

        importFile(recorded, "wip-" + suffix).then().statusCode(409).body("code", equalTo("recording-not-processed"));
        importFile(recorded, "big-" + suffix).then().statusCode(413).body("code", equalTo("recording-too-large"));
        importFile(recorded, "gone-" + suffix).then().statusCode(410).body("code", equalTo("recording-deleted"));

        fault("GET", "/rec/download/.*", 403, null, 1);
        importFile(recorded, "mp4-" + suffix).then().statusCode(409)
                .body("code", equalTo("recording-download-disabled"));

        fault("GET", "/v2/meetings/\\d+/recordings", 403, null, 1);
        importFile(recorded, "mp4-" + suffix).then().statusCode(409)
                .body("code", equalTo("zoom-recording-permission-missing"));
    }

    @Test
    void meetingWithoutRecordingIsNotRecorded() {
        ZoomWorld world = ZoomWorld.create(changes, 2, null);
        String id = EventApi.created(world.event(LocalDate.now().plusDays(10)));

        EventApi.admin().get(RECORDINGS + "/zoom", ZoomWorld.PLATFORM, id)
                .then().statusCode(404).body("code", equalTo("meeting-not-recorded"));
    }

    private record Recorded(ZoomWorld world, String eventId) {
    }

    private Recorded recorded() {
        ZoomWorld world = ZoomWorld.create(changes, 2, null);
        String id = EventApi.created(world.event(LocalDate.now().plusDays(10)));
        long meetingId = EventApi.get(id).jsonPath().getLong("meeting.meetingId");
        ZoomWorld.simulator().seed("""
                {"recordings": [{"meeting_uuid": "inst-%1$s==", "meeting_id": %2$d, "host_id": "%3$s",
                  "topic": "Onboarding", "start_time": "2026-05-05T08:00:00Z", "duration": 60,
                  "files": [
                    {"id": "mp4-%1$s", "file_type": "MP4", "file_extension": "MP4", "file_size": 4096,
                     "recording_type": "shared_screen_with_speaker_view", "status": "completed"},
                    {"id": "wip-%1$s", "file_type": "M4A", "file_extension": "M4A", "file_size": 2048,
                     "recording_type": "audio_only", "status": "processing"},
                    {"id": "big-%1$s", "file_type": "MP4", "file_extension": "MP4", "file_size": %4$d,
                     "recording_type": "active_speaker", "status": "completed"}]}]}
                """.formatted(world.suffix, meetingId, world.zoomUser("host0"), TOO_LARGE));
        return new Recorded(world, id);
    }

    private static Response importFile(Recorded recorded, String fileId) {
        return EventApi.admin().post(RECORDINGS + "/{fileId}/import", ZoomWorld.PLATFORM, recorded.eventId, fileId);
    }
}
