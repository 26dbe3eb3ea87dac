package org.viltzoom.zoomsimulator.playback;

/** A person in a meeting script; each join of it opens a new connection with new ids. */
public class ScriptParticipant {
    public String name = "";
    /** Often empty for guests and users outside the account. */
    public String email = "";
    /** The Zoom user id of a signed-in user; empty for guests. */
    public String zoomUserId = "";
    public String registrantId = "";
    public String customerKey = "";
}
