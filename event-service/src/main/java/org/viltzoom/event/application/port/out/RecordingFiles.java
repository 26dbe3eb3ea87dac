package org.viltzoom.event.application.port.out;

import java.util.List;
import java.util.UUID;
import org.viltzoom.event.domain.RecordingFile;

/** Recording files per meeting instance and file id. */
public interface RecordingFiles {

    /**
     * Stores the file once per instance and file id. A notification newer than the stored one
     * replaces the download URL and token; an older one changes nothing.
     */
    void upsert(RecordingFile file, UUID trainingEventId);

    List<RecordingFile> listForEvent(UUID trainingEventId);
}
