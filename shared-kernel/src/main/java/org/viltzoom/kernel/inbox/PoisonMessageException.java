package org.viltzoom.kernel.inbox;

/** A message that no retry can process; it goes straight to the dead-letter topic. */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String message, Throwable cause) {
        super(message, cause);
    }

    public PoisonMessageException(String message) {
        super(message);
    }
}
