package org.viltzoom.kernel.event.trainingevent;

import java.util.UUID;
import org.viltzoom.kernel.event.DomainEvent;

/** A training event was created together with its Zoom meeting or webinar. */
public record TrainingEventScheduled(
        TrainingEventSchedule schedule,
        ZoomMeetingRef meeting) implements DomainEvent {

    public static final String TYPE = "vilt.training-event.scheduled.v1";

    public UUID trainingEventId() {
        return schedule.trainingEventId();
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return schedule.trainingEventId().toString();
    }
}
