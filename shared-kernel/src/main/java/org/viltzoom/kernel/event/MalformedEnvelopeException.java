package org.viltzoom.kernel.event;

/** A message on a domain-event topic that is not a readable envelope; retrying cannot help. */
public class MalformedEnvelopeException extends RuntimeException {

    public MalformedEnvelopeException(String message) {
        super(message);
    }

    public MalformedEnvelopeException(String message, Throwable cause) {
        super(message, cause);
    }
}
