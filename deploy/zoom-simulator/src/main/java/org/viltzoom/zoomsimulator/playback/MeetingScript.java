package org.viltzoom.zoomsimulator.playback;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A meeting instance to play as notifications. The meeting is looked up by id; when it does
 * not exist, it is created from host_id, topic and type.
 */
public class MeetingScript {
    public long meetingId;
    public String hostId;
    public String topic = "";
    public Integer type;
    public boolean webinar = false;
    public String timezone = "";
    /** The UUID of the first instance; later instances (restart) get new ones. */
    public String uuid;
    /** Seconds after the end during which reports return 404 code 3001; null takes the simulator default. */
    public Long reportDelaySeconds;
    public Map<String, ScriptParticipant> participants = new LinkedHashMap<>();
    public List<ScriptStep> steps = new ArrayList<>();
    /**
     * Delivery of leaves for connections still open at the end. "before_end" sends them just
     * before meeting.ended, "after_end" sends them leaveAfterEndSeconds after it, and "never"
     * sends none. Reports close those connections at the end in every case.
     */
    public String leavesAtEnd = "before_end";
    public long leaveAfterEndSeconds = 0;
    public String leaveReasonAtEnd = "left the meeting. Reason : Host ended the meeting.";
}
