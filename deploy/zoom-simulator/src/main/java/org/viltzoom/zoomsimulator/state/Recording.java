package org.viltzoom.zoomsimulator.state;

import java.util.ArrayList;
import java.util.List;

/** The cloud recording of one meeting instance. */
public class Recording {
    public String meetingUuid;
    public long meetingId;
    public String hostId;
    public String topic = "";
    public String startTime;
    public int duration = 60;
    public String password = "";
    public List<RecordingFile> files = new ArrayList<>();

    public long totalSize() {
        return files.stream().mapToLong(file -> file.fileSize).sum();
    }
}
