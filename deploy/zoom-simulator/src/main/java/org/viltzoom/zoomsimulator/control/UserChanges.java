package org.viltzoom.zoomsimulator.control;

/** Fields of a user that the control API can change; null leaves a field as it is. */
public class UserChanges {
    public String email;
    public String firstName;
    public String lastName;
    public Integer type;
    public String roleName;
    public Boolean webinar;
    public Boolean zoomEvents;
}
