package org.viltzoom.account.application.exception;

/**
 * Zoom or this service refused a pairing; the account's status is unchanged.
 *
 * @see #code() a stable reason such as {@code zoom-user-not-admin}
 */
public class PairingRejectedException extends RuntimeException {

    private final String code;

    public PairingRejectedException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
