package org.viltzoom.event.domain;

/** The lifecycle of a training event. */
public enum EventStatus {
    /** The event has a Zoom meeting, or waits in the pending-sync queue for one. */
    SCHEDULED,
    /** An administrator cancelled the event; its Zoom meeting is deleted. */
    CANCELLED,
    /** The account lost its Zoom connection before the event took place. */
    INVALIDATED
}
