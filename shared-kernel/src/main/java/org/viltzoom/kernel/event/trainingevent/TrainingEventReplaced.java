package org.viltzoom.kernel.event.trainingevent;

import java.util.UUID;
import org.viltzoom.kernel.event.DomainEvent;

/**
 * An edit replaced the Zoom meeting of a training event: the new meeting was created, the event
 * switched to it, and the old one is being deleted. The join URL changed, so the LMS re-notifies
 * enrolled users; notifications that still arrive for the old meeting id belong to the same event.
 */
public record TrainingEventReplaced(
        TrainingEventSchedule schedule,
        ZoomMeetingRef previousMeeting,
        ZoomMeetingRef meeting) implements DomainEvent {

    public static final String TYPE = "vilt.training-event.replaced.v1";

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
