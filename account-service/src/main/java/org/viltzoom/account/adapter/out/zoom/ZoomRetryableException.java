package org.viltzoom.account.adapter.out.zoom;

import org.viltzoom.kernel.zoom.ZoomApiError;
import org.viltzoom.kernel.zoom.ZoomApiException;

/** A Zoom error that a retry after a short wait may not meet again: 5xx, timeouts, per-second limits. */
public class ZoomRetryableException extends ZoomApiException {

    public ZoomRetryableException(String operation, ZoomApiError error) {
        super(operation, error);
    }
}
