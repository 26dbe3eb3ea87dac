package org.viltzoom.zoomsimulator.state;

/** A meeting or webinar template of one user. */
public class Template {
    public String id;
    public String userId;
    public String name;
    /** 1 meeting template, 2 admin meeting template (Zoom API reference: List meeting templates). */
    public int type = 1;
    /** True for a webinar template. */
    public boolean webinar = false;
}
