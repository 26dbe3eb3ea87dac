package org.viltzoom.zoomsimulator.state;

/** A Zoom account: its plan decides the per-second rate limits. */
public class Account {
    public String id;
    public String name = "";
    /** "pro" or "business"; Business and above share one set of limits. */
    public String plan = "business";
    /** Account number as shown by GET /users/{userId}. */
    public long accountNumber = 0;
}
