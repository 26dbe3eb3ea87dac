package org.viltzoom.event.application.exception;

/** The caller edited a version of the event that is no longer current. */
public class VersionMismatchException extends RuntimeException {

    private final long currentVersion;

    public VersionMismatchException(long expected, long currentVersion) {
        super("The event is at version " + currentVersion + ", not " + expected + "; read it again and reapply the change.");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
