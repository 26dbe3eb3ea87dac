package org.viltzoom.kernel.event.trainingevent;

/** What backs a training event in Zoom. */
public enum TrainingEventKind {
    /** A scheduled Zoom meeting (Zoom meeting type 2). */
    MEETING,
    /** A Zoom webinar (Zoom webinar type 5); the host needs a webinar licence. */
    WEBINAR
}
