package org.viltzoom.account.domain;

/** How an account obtains Zoom access tokens. */
public enum PairingMode {
    /** Authorization-code flow; the refresh token rotates on every refresh. */
    OAUTH,
    /** Server-to-Server OAuth app of one Zoom account ({@code account_credentials} grant). */
    SERVER_TO_SERVER
}
