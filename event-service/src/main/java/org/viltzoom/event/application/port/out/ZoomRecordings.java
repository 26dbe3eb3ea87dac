package org.viltzoom.event.application.port.out;

import java.io.OutputStream;
import java.util.List;
import java.util.UUID;
import org.viltzoom.event.domain.RecordingFile;

/** Cloud recordings in Zoom. Errors throw the kernel's {@code ZoomApiException} with the classified error. */
public interface ZoomRecordings {

    /** Lists the files of the meeting's latest recorded instance, without download tokens. */
    List<RecordingFile> list(UUID accountId, long meetingId);

    /**
     * Streams a file into {@code target} with the account's access token.
     *
     * @return the number of bytes written
     */
    long download(UUID accountId, String downloadUrl, OutputStream target);
}
