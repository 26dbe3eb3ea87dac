package org.viltzoom.zoomsimulator.webhooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.viltzoom.zoomsimulator.Json;
import org.viltzoom.zoomsimulator.state.Recording;
import org.viltzoom.zoomsimulator.state.RecordingFile;

/** JSON of recording files, shared by the recordings endpoint and recording notifications. */
public final class Recordings {

    private Recordings() {
    }

    /**
     * Returns one entry of {@code recording_files}. In notifications the download URL carries the
     * notification's download_token as a query parameter, so two deliveries of the same file
     * differ in that query string only.
     */
    public static ObjectNode fileJson(Recording recording, RecordingFile file, String baseUrl, String downloadToken,
                                      boolean notification) {
        ObjectNode json = Json.object();
        json.put("id", file.id);
        json.put("meeting_id", recording.meetingUuid);
        json.put("recording_start", file.recordingStart != null ? file.recordingStart : recording.startTime);
        json.put("recording_end", file.recordingEnd != null ? file.recordingEnd : recording.startTime);
        json.put("file_type", file.fileType);
        json.put("file_size", file.fileSize);
        json.put("file_extension", file.fileExtension != null ? file.fileExtension : defaultExtension(file.fileType));
        json.put("play_url", baseUrl + "/rec/play/" + file.id);
        String downloadUrl = baseUrl + "/rec/download/" + file.id;
        json.put("download_url", notification && downloadToken != null ? downloadUrl + "?access_token=" + downloadToken : downloadUrl);
        json.put("status", file.status);
        json.put("recording_type", file.recordingType);
        return json;
    }

    public static String shareId(Recording recording) {
        return Integer.toHexString(recording.meetingUuid.hashCode());
    }

    private static String defaultExtension(String fileType) {
        return switch (fileType) {
            case "MP4" -> "MP4";
            case "M4A" -> "M4A";
            case "TRANSCRIPT", "CC" -> "VTT";
            case "CSV" -> "CSV";
            case "SUMMARY" -> "JSON";
            default -> "TXT";
        };
    }
}
