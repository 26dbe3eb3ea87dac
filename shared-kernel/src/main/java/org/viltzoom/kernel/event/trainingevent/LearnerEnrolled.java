package org.viltzoom.kernel.event.trainingevent;

import java.util.UUID;
import org.viltzoom.kernel.event.DomainEvent;

/**
 * A learner is enrolled in a training event.
 *
 * @param email may be null: an LMS user without an email can be enrolled but never matched by email
 * @param registrantId the Zoom registrant id when mandatory registration is on, otherwise null
 * @param joinUrl the learner's personal join URL when registered, otherwise null
 */
public record LearnerEnrolled(
        UUID trainingEventId,
        String lmsUserId,
        String email,
        String firstName,
        String lastName,
        String registrantId,
        String joinUrl) implements DomainEvent {

    public static final String TYPE = "vilt.training-event.learner-enrolled.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return trainingEventId.toString();
    }
}
