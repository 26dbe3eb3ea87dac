package org.viltzoom.kernel.event.account;

/** How an account record obtains Zoom tokens. */
public enum PairingMode {
    /** Zoom's OAuth authorization-code flow, authorized by an owner or admin of the Zoom account. */
    OAUTH,
    /** Zoom's Server-to-Server OAuth app ({@code account_credentials} grant). */
    SERVER_TO_SERVER
}
