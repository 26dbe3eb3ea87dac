package org.viltzoom.event.application.port.in;

import java.util.List;
import java.util.UUID;
import org.viltzoom.event.domain.RecordingFile;

/** Cloud recordings of an event as Zoom lists them, and their import. */
public interface ImportRecordings {

    /**
     * Lists the files of the event's current meeting in Zoom.
     *
     * @throws org.viltzoom.event.application.exception.RecordingImportException when the meeting was
     *     not recorded or the account may not read recordings
     */
    List<RecordingFile> listInZoom(String platform, UUID trainingEventId);

    /**
     * Downloads one file into the recording store.
     *
     * @throws org.viltzoom.event.application.exception.RecordingImportException with the cause
     */
    Imported importFile(String platform, UUID trainingEventId, String fileId);

    record Imported(RecordingFile file, long bytes, String location) {
    }
}
