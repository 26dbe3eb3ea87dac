package org.viltzoom.zoomsimulator.state;

/** A Zoom user of one account. */
public class User {
    public String id;
    public String accountId;
    public String email;
    public String firstName = "";
    public String lastName = "";
    /** 1 basic, 2 licensed, 3 legacy corp (Zoom API reference: Users > Get a user). */
    public int type = 2;
    /** "active", "inactive" or "pending". */
    public String status = "active";
    /** "Owner", "Admin" or "Member". */
    public String roleName = "Member";
    public long pmi = 0;
    public String timezone = "UTC";
    public String language = "en-US";
    public String dept = "";
    public String createdAt = "2024-01-01T00:00:00Z";
    public boolean webinar = false;
    public int webinarCapacity = 0;
    public boolean zoomEvents = false;
    public PasscodeRequirement meetingPasswordRequirement = new PasscodeRequirement();

    public boolean isActive() {
        return "active".equals(status);
    }

    public boolean isLicensed() {
        return type == 2 || type == 3;
    }
}
