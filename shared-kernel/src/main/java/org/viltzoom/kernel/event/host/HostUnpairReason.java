package org.viltzoom.kernel.event.host;

/** Why a host cannot run Zoom meetings for its account. */
public enum HostUnpairReason {
    /** No Zoom user has this email (Zoom error 1001). */
    NOT_FOUND,
    /** The Zoom user exists but belongs to another Zoom account. */
    NOT_IN_ACCOUNT,
    /** The Zoom user has not accepted the invitation yet. */
    PENDING,
    /** The Zoom user is deactivated, or was deleted or removed from the account. */
    DEACTIVATED,
    /** The Zoom user has no paid (licensed) meeting seat. */
    NOT_LICENSED,
    /** The paired Zoom user is not allowed to see the users of the account. */
    NO_VISIBILITY,
    /** The account itself is unpaired or superseded. */
    ACCOUNT_NOT_PAIRED,
    /** An administrator removed the host. */
    REMOVED
}
