package org.viltzoom.event.application.port.out;

import java.util.UUID;

/** Another transaction changed the training event between read and write. */
public class ConcurrentEventUpdateException extends RuntimeException {

    public ConcurrentEventUpdateException(UUID id) {
        super("Training event " + id + " was changed concurrently; read it again and retry.");
    }
}
