package org.viltzoom.zoomsimulator.state;

/** A registrant of a meeting or webinar. */
public class Registrant {
    public String id;
    public long meetingId;
    public String email;
    public String firstName = "";
    public String lastName = "";
    public String status = "approved";
    public String createTime;
    public String joinUrl;
}
