package org.viltzoom.localrun.lms;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.viltzoom.zoomsimulator.playback.MeetingScript;

/**
 * A scenario turned into the simulator's meeting script, with what the playback must wait for.
 *
 * @param notifications how many notifications Zoom sends for the script, duplicates included
 * @param lastDeliveryAt when the last of them is due on the simulator clock
 * @param actualLength the summed length of the meeting instances, from each start to its end
 * @param notes the scenario's notes, each at the time of its step
 */
record PlayableScript(MeetingScript script, int notifications, Instant firstStepAt, Instant lastDeliveryAt,
                      Duration actualLength, List<Note> notes) {

    record Note(Instant at, String text) {
    }
}
