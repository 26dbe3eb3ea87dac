package org.viltzoom.kernel.zoom;

/** Thrown by Zoom adapters when Zoom answers with an error; carries the classified error. */
public class ZoomApiException extends RuntimeException {

    private final transient ZoomApiError error;

    public ZoomApiException(String operation, ZoomApiError error) {
        super(operation + " failed: HTTP " + error.status()
                + (error.code() == null ? "" : ", Zoom code " + error.code())
                + " (" + error.category() + ")");
        this.error = error;
    }

    public ZoomApiError error() {
        return error;
    }

    public ZoomErrorCategory category() {
        return error.category();
    }
}
