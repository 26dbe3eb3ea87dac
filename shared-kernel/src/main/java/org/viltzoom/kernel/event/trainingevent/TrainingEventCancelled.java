package org.viltzoom.kernel.event.trainingevent;

import java.time.Instant;
import java.util.UUID;
import org.viltzoom.kernel.event.DomainEvent;

/** A training event was cancelled and its Zoom meeting deleted. */
public record TrainingEventCancelled(
        UUID trainingEventId,
        ZoomMeetingRef meeting,
        Instant cancelledAt) implements DomainEvent {

    public static final String TYPE = "vilt.training-event.cancelled.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return trainingEventId.toString();
    }
}
