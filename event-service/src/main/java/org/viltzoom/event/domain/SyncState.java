package org.viltzoom.event.domain;

/** Whether the Zoom meeting of an event matches the event's current data. */
public enum SyncState {
    IN_SYNC,
    /** An edit is stored but the host's daily Zoom write limit is spent; the replacement runs after the reset. */
    PENDING_SYNC
}
