package org.viltzoom.event.application.exception;

import java.util.UUID;

public class TrainingEventNotFoundException extends RuntimeException {

    public TrainingEventNotFoundException(UUID id) {
        super("Training event " + id + " does not exist on this platform");
    }
}
