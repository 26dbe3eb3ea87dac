package org.viltzoom.zoomsimulator.playback;

import java.time.Instant;

/**
 * One step of a meeting script, and the delivery knobs of its notification. Actions: start,
 * restart, join, leave, join_waiting_room, admit, put_in_waiting_room, leave_waiting_room,
 * join_breakout_room, leave_breakout_room, role_changed, end.
 */
public class ScriptStep {
    /** When the step happens in Zoom; its effect on reports is applied at this instant. */
    public Instant at;
    public String action;
    public String participant;
    /** The connection's participant_uuid; generated when absent. */
    public String participantUuid;
    /** The connection's participant user_id; generated when absent. */
    public String userId;
    public String leaveReason;
    public String breakoutRoomUuid;
    /** Roles of a role_changed step: "host", "co-host" or "attendee". */
    public String oldRole = "attendee";
    public String newRole = "co-host";
    /** Overrides object.duration of start and end notifications, for example 0 as Zoom sometimes sends. */
    public Integer duration;

    /** Delivers the notification this many seconds after the step; later steps can then arrive first. */
    public long delaySeconds = 0;
    /** Extra byte-identical copies of the notification. */
    public int duplicate = 0;
    public long duplicateDelaySeconds = 0;
    /** Sends no notification, while the step still changes state. */
    public boolean drop = false;
    /** A named observed variant of the body; see {@link NotificationVariant}. */
    public NotificationVariant variant = NotificationVariant.DOCUMENTED;
}
