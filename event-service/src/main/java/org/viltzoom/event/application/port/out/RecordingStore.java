package org.viltzoom.event.application.port.out;

import java.io.IOException;
import java.io.OutputStream;
import java.util.UUID;

/** The storage of imported recording files. */
public interface RecordingStore {

    /** Writes the content of a file. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream target) throws IOException;
    }

    /**
     * Stores a file; a file stored before under the same ids is replaced only when the new copy is complete.
     *
     * @return where the file is stored, for the API response
     */
    String store(UUID trainingEventId, String fileId, Content content);
}
