package org.viltzoom.event.domain;

/** What backs a training event in Zoom. */
public enum EventKind {
    /** A scheduled Zoom meeting (type 2). */
    MEETING,
    /** A Zoom webinar (type 5); the host needs a webinar licence. */
    WEBINAR
}
