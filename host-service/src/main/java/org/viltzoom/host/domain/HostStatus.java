package org.viltzoom.host.domain;

/** Whether a host may run Zoom meetings for its account. */
public enum HostStatus {
    /** Matched to an active, licensed Zoom user of the paired account. */
    PAIRED,
    /** Not usable, for the reason in the host's unpair reason. */
    NOT_PAIRED,
    /**
     * Assigned, but Zoom could not be asked yet (rate limit, outage, token broker unavailable).
     * The resync checks the host again; no domain event is published for this state.
     */
    PENDING_CHECK
}
