package org.viltzoom.zoomsimulator.playback;

import java.util.List;

/** The instance UUIDs a script will create, in order; restarts add one each. */
public record PlaybackResult(long meetingId, List<String> instanceUuids) {
}
