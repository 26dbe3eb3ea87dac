package org.viltzoom.kernel.event.trainingevent;

import java.util.UUID;
import org.viltzoom.kernel.event.DomainEvent;

/** A learner is no longer enrolled in a training event. */
public record LearnerUnenrolled(UUID trainingEventId, String lmsUserId) implements DomainEvent {

    public static final String TYPE = "vilt.training-event.learner-unenrolled.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return trainingEventId.toString();
    }
}
