package org.viltzoom.attendance.adapter.in.kafka;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.viltzoom.attendance.WebhookSecretsStandIn;
import org.viltzoom.kernel.event.trainingevent.AttendanceRule;
import org.viltzoom.kernel.event.trainingevent.LearnerEnrolled;
import org.viltzoom.kernel.event.trainingevent.LearnerUnenrolled;
import org.viltzoom.kernel.event.trainingevent.TrainingEventCancelled;
import org.viltzoom.kernel.event.trainingevent.TrainingEventReplaced;
import org.viltzoom.kernel.event.trainingevent.TrainingEventScheduled;
import org.viltzoom.kernel.event.trainingevent.ZoomMeetingRef;
import org.viltzoom.kernel.outbox.OutboxWriter;
import org.viltzoom.localstack.LocalStackTestResource;

@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "service", value = "attendance"))
@QuarkusTestResource(WebhookSecretsStandIn.class)
class TrainingEventReadModelTest {

    private static final AttendanceRule EIGHTY_PERCENT = new AttendanceRule(AttendanceRule.Mode.PERCENTAGE, 80);

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxWriter outbox;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private AttendanceFlow flow;
    private final UUID eventId = UUID.randomUUID();
    private final long firstMeeting = 86_000_000_000L + (long) (Math.random() * 1_000_000_000L);

    @BeforeEach
    void createFlow() {
        flow = new AttendanceFlow(entityManager, outbox, bootstrapServers);
    }

    @Test
    void scheduledEventIsStored() {
        flow.publish(new TrainingEventScheduled(AttendanceFlow.schedule(eventId, "host@example.com", EIGHTY_PERCENT),
                new ZoomMeetingRef(firstMeeting, "https://zoom.example/j/1")));

        flow.awaitCount(1, "select count(*) from training_event where id = cast(?1 as uuid) and platform = 'production'"
                + " and host_email = 'host@example.com' and attendance_mode = 'PERCENTAGE' and attendance_percentage = 80"
                + " and alternative_host_emails = 'alt.host@example.com' and not cancelled", eventId.toString());
        flow.awaitCount(1, "select count(*) from training_event_meeting where zoom_meeting_id = ?1", firstMeeting);
    }

    @Test
    void replacementKeepsFormerMeetingId() {
        flow.publish(new TrainingEventScheduled(AttendanceFlow.schedule(eventId, "host@example.com", EIGHTY_PERCENT),
                new ZoomMeetingRef(firstMeeting, "https://zoom.example/j/1")));
        flow.publish(new TrainingEventReplaced(AttendanceFlow.schedule(eventId, "other.host@example.com", null),
                new ZoomMeetingRef(firstMeeting, "https://zoom.example/j/1"),
                new ZoomMeetingRef(firstMeeting + 1, "https://zoom.example/j/2")));

        flow.awaitCount(2, "select count(*) from training_event_meeting where training_event_id = cast(?1 as uuid)",
                eventId.toString());
        flow.awaitCount(1, "select count(*) from training_event where id = cast(?1 as uuid)"
                + " and host_email = 'other.host@example.com' and attendance_mode is null", eventId.toString());
    }

    @Test
    void cancellationSetsFlag() {
        flow.publish(new TrainingEventScheduled(AttendanceFlow.schedule(eventId, "host@example.com", EIGHTY_PERCENT),
                new ZoomMeetingRef(firstMeeting, "https://zoom.example/j/1")));
        flow.publish(new TrainingEventCancelled(eventId, new ZoomMeetingRef(firstMeeting, "https://zoom.example/j/1"),
                Instant.parse("2026-03-01T10:00:00Z")));

        flow.awaitCount(1, "select count(*) from training_event where id = cast(?1 as uuid) and cancelled",
                eventId.toString());
    }

    @Test
    void enrollmentIsUpsertedAndDeleted() {
        flow.publish(new LearnerEnrolled(eventId, "U-1", "first@example.com", "A", "B", null, null));
        flow.publish(new LearnerEnrolled(eventId, "U-1", "second@example.com", "A", "B", "REG-1", null));
        flow.publish(new LearnerEnrolled(eventId, "U-2", null, "C", "D", null, null));

        flow.awaitCount(1, "select count(*) from enrollment where training_event_id = cast(?1 as uuid)"
                + " and lms_user_id = 'U-1' and email = 'second@example.com' and registrant_id = 'REG-1'",
                eventId.toString());

        flow.publish(new LearnerUnenrolled(eventId, "U-2"));
        flow.awaitCount(1, "select count(*) from enrollment where training_event_id = cast(?1 as uuid)",
                eventId.toString());
    }
}
