package org.viltzoom.account.application.exception;

/** The caller's If-Match version is not the stored one: someone else changed the account. */
public class VersionMismatchException extends RuntimeException {

    private final long currentVersion;

    public VersionMismatchException(long expected, long currentVersion) {
        super("the account is at version " + currentVersion + ", not " + expected
                + "; read it again and repeat the change");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
