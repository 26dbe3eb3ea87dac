package org.viltzoom.account.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The Zoom side of a paired account.
 *
 * @param zoomAppClientId the OAuth client id of the Zoom app; its webhooks carry this account's notifications
 * @param authorizedByZoomUserId the owner or admin who authorized an OAuth pairing; null for Server-to-Server
 */
public record ZoomPairing(String zoomAccountId, PairingMode mode, String zoomAppClientId,
                          String authorizedByZoomUserId, Instant pairedAt) {

    public ZoomPairing {
        Objects.requireNonNull(zoomAccountId, "zoomAccountId");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(zoomAppClientId, "zoomAppClientId");
        Objects.requireNonNull(pairedAt, "pairedAt");
    }
}
