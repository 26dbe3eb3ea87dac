package org.viltzoom.event.adapter.in.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.viltzoom.event.domain.RecordingFile;
import org.viltzoom.kernel.inbox.PoisonMessageException;

/** Reads the files of a {@code recording.completed} or {@code recording.transcript_completed} body. */
final class RecordingNotifications {

    private RecordingNotifications() {
    }

    static List<RecordingFile> files(JsonNode notification) {
        JsonNode object = notification.path("payload").path("object");
        String meetingUuid = object.path("uuid").asText("");
        JsonNode id = object.path("id");
        if (meetingUuid.isBlank() || !(id.canConvertToLong() || id.asText("").matches("\\d{1,19}"))) {
            throw new PoisonMessageException(notification.path("event").asText()
                    + " lacks payload.object.uuid or a numeric payload.object.id");
        }
        long meetingId = id.canConvertToLong() ? id.asLong() : Long.parseLong(id.asText());
        // Zoom sends the token at the top level of recording notifications, not inside payload.
        String downloadToken = notification.path("download_token").asText(null);
        Instant notifiedAt = Instant.ofEpochMilli(notification.path("event_ts").asLong(0));

        List<RecordingFile> files = new ArrayList<>();
        for (JsonNode file : object.path("recording_files")) {
            files.add(new RecordingFile(meetingUuid, file.path("id").asText(), meetingId,
                    file.path("file_type").asText(null), file.path("file_size").asLong(0),
                    file.path("recording_type").asText(null), file.path("status").asText(null),
                    file.path("download_url").asText(null), downloadToken, notifiedAt));
        }
        return files;
    }
}
