package org.viltzoom.host.adapter.out.zoom;

/**
 * One Zoom REST operation: its name in logs and errors, and the rate-limit category that Zoom
 * counts it in. The category is the endpoint's Rate Limit Label in Zoom's API reference:
 * {@code Light}, {@code Medium}, {@code Heavy} or {@code Resource-intensive}.
 */
record ZoomOperation(String name, String rateLimitCategory) {

    @Override
    public String toString() {
        return name;
    }
}
