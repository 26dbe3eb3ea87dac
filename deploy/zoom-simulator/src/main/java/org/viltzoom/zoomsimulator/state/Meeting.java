package org.viltzoom.zoomsimulator.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** A scheduled meeting or webinar and the settings it was created with. */
public class Meeting {
    public long id;
    public String uuid;
    public String hostId;
    public boolean webinar;
    /** Meetings: 1 instant, 2 scheduled, 3 and 8 recurring. Webinars: 5, 6, 9. */
    public int type = 2;
    public String topic = "";
    public String agenda = "";
    public Instant startTime;
    public int duration = 60;
    public String timezone = "UTC";
    public String password = "";
    public String templateId;
    public ObjectNode settings;
    public Instant createdAt;
    /** "waiting" or "started" (Zoom API reference: Meetings > Get a meeting). */
    public String status = "waiting";
    /** True when the meeting runs on the host's personal meeting id. */
    public boolean usesPmi = false;
}
