package org.viltzoom.zoomsimulator.state;

/** One file of a cloud recording. */
public class RecordingFile {
    public String id;
    /** "MP4", "M4A", "TRANSCRIPT", "CHAT", ... */
    public String fileType = "MP4";
    public String fileExtension;
    public long fileSize = 1024;
    /** For example "shared_screen_with_speaker_view" or "audio_only". */
    public String recordingType = "shared_screen_with_speaker_view";
    public String status = "completed";
    public String recordingStart;
    public String recordingEnd;
}
