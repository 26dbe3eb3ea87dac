package org.viltzoom.event.adapter.out.storage;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;

@ConfigMapping(prefix = "vilt.event.recordings")
interface RecordingStoreSettings {

    /** The folder that keeps imported recording files. */
    Path directory();
}
