package org.viltzoom.host.domain;

/** An account's status as account-service's domain events report it. */
public enum AccountStatus {
    PAIRED,
    UNPAIRED,
    SUPERSEDED
}
