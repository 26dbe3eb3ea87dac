package org.viltzoom.account.domain;

/** Where an account record stands with Zoom. */
public enum AccountStatus {
    /** Created, never paired, or waiting for its first successful pairing. */
    PAIRING_REQUIRED,
    /** Connected to a Zoom account; tokens are available. */
    PAIRED,
    /** Lost its Zoom connection; {@link UnpairReason} says why. */
    UNPAIRED,
    /** Its Zoom account was paired to another record, which won. */
    SUPERSEDED
}
