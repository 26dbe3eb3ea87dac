package org.viltzoom.zoomsimulator.faults;

/**
 * One injected fault. A rule matches requests by method (null for any) and a regular
 * expression over the path, and applies to the next {@code times} matching requests
 * (-1 for every one). Rules that answer are used in the order they were added, so a list of
 * one-shot rules plays a sequence of answers.
 */
public class FaultRule {

    public enum Kind {
        /** Delays the request by latencyMs, then handles it normally. */
        LATENCY,
        /** Responds with the status, and with Zoom's body {code, message} when code is set. */
        STATUS,
        /** Responds 429 with the per-second headers. */
        RATE_LIMIT,
        /** Closes the connection without a response. */
        CLOSE_CONNECTION
    }

    public Kind kind = Kind.STATUS;
    public String method;
    public String pathPattern = ".*";
    public int times = 1;
    public long latencyMs = 0;
    public int status = 500;
    public Integer code;
    public String message;
}
