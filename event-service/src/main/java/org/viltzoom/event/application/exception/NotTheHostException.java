package org.viltzoom.event.application.exception;

import java.util.UUID;

/** Only administrators and the event's host may see its start URL. */
public class NotTheHostException extends RuntimeException {

    public NotTheHostException(UUID eventId) {
        super("Only administrators and the host of training event " + eventId + " may see its start URL.");
    }
}
