package org.viltzoom.account.application.port.in;

/** Reactions to what Zoom reports about the app's installations. */
public interface HandleZoomAppEvents {

    /** Zoom's {@code app_deauthorized}: the app was removed from a Zoom account. */
    void appDeauthorized(String zoomAccountId, String zoomAppClientId);
}
