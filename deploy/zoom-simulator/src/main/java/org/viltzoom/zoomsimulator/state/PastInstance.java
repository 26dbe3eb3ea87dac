package org.viltzoom.zoomsimulator.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One run of a meeting (one instance UUID) with its participants' connections. */
public class PastInstance {
    public String uuid;
    public long meetingId;
    public String hostId;
    public String topic = "";
    public int type = 2;
    public String timezone = "";
    public Instant startTime;
    public Instant endTime;
    /** Until this instant, reports return 404 code 3001, as Zoom does right after a meeting ends. */
    public Instant reportReadyAt;
    public List<PastParticipant> participants = new ArrayList<>();
}
