package org.viltzoom.event.domain;

import java.time.Instant;

/**
 * One file of a cloud recording of a meeting instance.
 *
 * @param downloadToken the {@code download_token} of the newest notification; it authorizes the
 *     download without an access token, so it is never logged or returned by the API
 * @param notifiedAt {@code event_ts} of the notification the token came from
 */
public record RecordingFile(String meetingUuid, String fileId, long meetingId, String fileType, long fileSize,
                            String recordingType, String status, String downloadUrl, String downloadToken,
                            Instant notifiedAt) {

    @Override
    public String toString() {
        return "RecordingFile[meetingUuid=" + meetingUuid + ", fileId=" + fileId + ", fileType=" + fileType + "]";
    }
}
