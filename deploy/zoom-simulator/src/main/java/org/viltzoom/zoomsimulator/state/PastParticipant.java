package org.viltzoom.zoomsimulator.state;

import java.time.Instant;

/** One connection of a participant to a past meeting instance: each rejoin adds a row. */
public class PastParticipant {
    /** The Zoom user id of a signed-in user, otherwise empty. */
    public String id = "";
    /** The connection's user id; it changes on every rejoin. */
    public String userId;
    public String participantUuid;
    public String name = "";
    public String userEmail = "";
    public String registrantId = "";
    public String customerKey = "";
    public Instant joinTime;
    public Instant leaveTime;
    /** "in_meeting" or "in_waiting_room". */
    public String status = "in_meeting";
    public boolean internalUser = false;

    /** Returns the connection's duration in whole seconds. */
    public long durationSeconds() {
        if (joinTime == null || leaveTime == null) {
            return 0;
        }
        return Math.max(0, leaveTime.getEpochSecond() - joinTime.getEpochSecond());
    }
}
