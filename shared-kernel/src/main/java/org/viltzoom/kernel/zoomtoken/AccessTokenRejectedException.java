package org.viltzoom.kernel.zoomtoken;

/**
 * Thrown by a Zoom call inside {@link ZoomTokenBrokerClient#call} when Zoom returned 401 with
 * code 124 (invalid access token). The client then gets one replacement token and repeats the
 * call once.
 */
public class AccessTokenRejectedException extends RuntimeException {

    public AccessTokenRejectedException(String operation) {
        super(operation + " failed: Zoom rejected the access token (HTTP 401, code 124)");
    }
}
