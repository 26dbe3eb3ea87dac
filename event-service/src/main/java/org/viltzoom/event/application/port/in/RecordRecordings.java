package org.viltzoom.event.application.port.in;

import java.util.List;
import java.util.UUID;
import org.viltzoom.event.domain.RecordingFile;

/** Keeps the cloud recording files Zoom announces. */
public interface RecordRecordings {

    /** Stores the files of a {@code recording.completed} or {@code recording.transcript_completed} notification. */
    void filesAnnounced(List<RecordingFile> files);

    List<RecordingFile> list(String platform, UUID trainingEventId);
}
