package org.viltzoom.attendance.adapter.in.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.viltzoom.attendance.WebhookSecretsStandIn;
import org.viltzoom.kernel.event.attendance.AttendanceFinalized;
import org.viltzoom.kernel.event.trainingevent.AttendanceRule;
import org.viltzoom.kernel.event.trainingevent.LearnerEnrolled;
import org.viltzoom.kernel.event.trainingevent.TrainingEventReplaced;
import org.viltzoom.kernel.event.trainingevent.TrainingEventScheduled;
import org.viltzoom.kernel.event.trainingevent.ZoomMeetingRef;
import org.viltzoom.kernel.outbox.OutboxWriter;
import org.viltzoom.localstack.LocalStackTestResource;

@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "service", value = "attendance"))
@QuarkusTestResource(WebhookSecretsStandIn.class)
class AttendanceFinalizationTest {

    private static final String JOINED = "meeting.participant_joined";
    private static final String LEFT = "meeting.participant_left";

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxWriter outbox;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private AttendanceFlow flow;
    private final UUID eventId = UUID.randomUUID();
    private final long meetingId = 85_000_000_000L + (long) (Math.random() * 1_000_000_000L);
    private final String instance = "inst-" + UUID.randomUUID() + "==";

    @BeforeEach
    void createFlow() {
        flow = new AttendanceFlow(entityManager, outbox, bootstrapServers);
    }

    /** A retried leave arrives after the learner rejoined, and its byte-identical copy changes nothing. */
    @Test
    void retriedLeaveAfterRejoin() {
        scheduleWithLearner(new AttendanceRule(AttendanceRule.Mode.PERCENTAGE, 80), "learner1@example.com");
        String retriedLeave = flow.participantEvent(LEFT, meetingId, instance, "P-1", "learner1@example.com",
                "leave_time", "2026-03-02T14:20:00Z");

        flow.deliver(
                flow.meetingEvent("meeting.started", meetingId, instance, "2026-03-02T14:00:00Z", null),
                flow.participantEvent(JOINED, meetingId, instance, "P-1", "learner1@example.com",
                        "join_time", "2026-03-02T14:05:00Z"),
                retriedLeave,
                flow.participantEvent(JOINED, meetingId, instance, "P-2", "learner1@example.com",
                        "join_time", "2026-03-02T14:22:00Z"),
                retriedLeave,
                flow.participantEvent(LEFT, meetingId, instance, "P-2", "learner1@example.com",
                        "leave_time", "2026-03-02T15:00:00Z"),
                flow.meetingEvent("meeting.ended", meetingId, instance, "2026-03-02T14:00:00Z",
                        "2026-03-02T15:00:00Z"));

        JsonNode finalized = awaitVersions(1).get(0);
        assertThat(finalized.path("version").asInt()).isEqualTo(1);
        assertThat(finalized.path("actualLengthSeconds").asLong()).isEqualTo(3600);
        assertThat(finalized.path("instances").get(0).path("uuid").asText()).isEqualTo(instance);
        JsonNode learner = finalized.path("learners").get(0);
        assertThat(learner.path("lmsUserId").asText()).isEqualTo("U-1");
        assertThat(learner.path("secondsAttended").asLong()).isEqualTo(53 * 60);
        assertThat(learner.path("percentage").asDouble()).isCloseTo(88.33, within(0.01));
        assertThat(learner.path("status").asText()).isEqualTo("ATTENDED");
        assertThat(learner.path("joins").asInt()).isEqualTo(2);
        assertThat(finalized.path("unmatchedParticipants")).isEmpty();
        flow.awaitCount(1, "select count(*) from outbox_message where event_type = ?1 and message_key = ?2"
                + " and topic = 'vilt.attendance.v1' and sent_at is not null",
                AttendanceFinalized.TYPE, eventId.toString());

        flow.deliver(retriedLeave);
        awaitProcessed();
        assertThat(flow.finalizedOf(eventId)).hasSize(1);
    }

    /** The same case through the signed webhook endpoint, as Zoom delivers it. */
    @Test
    void retriedLeaveThroughWebhook() {
        String appId = "app-" + UUID.randomUUID();
        WebhookSecretsStandIn.SECRETS.put(appId, "a1-secret");
        SignedWebhook webhook = new SignedWebhook(appId, "a1-secret");
        scheduleWithLearner(new AttendanceRule(AttendanceRule.Mode.PERCENTAGE, 80), "learner1@example.com");
        String retriedLeave = flow.participantEvent(LEFT, meetingId, instance, "P-1", "learner1@example.com",
                "leave_time", "2026-03-02T14:20:00Z");

        List<String> deliveries = List.of(
                flow.meetingEvent("meeting.started", meetingId, instance, "2026-03-02T14:00:00Z", null),
                flow.participantEvent(JOINED, meetingId, instance, "P-1", "learner1@example.com",
                        "join_time", "2026-03-02T14:05:00Z"),
                retriedLeave,
                flow.participantEvent(JOINED, meetingId, instance, "P-2", "learner1@example.com",
                        "join_time", "2026-03-02T14:22:00Z"),
                retriedLeave,
                flow.meetingEvent("meeting.participant_role_changed", meetingId, instance, null, null),
                flow.participantEvent(LEFT, meetingId, instance, "P-2", "learner1@example.com",
                        "leave_time", "2026-03-02T15:00:00Z"),
                flow.meetingEvent("meeting.ended", meetingId, instance, "2026-03-02T14:00:00Z",
                        "2026-03-02T15:00:00Z"));
        for (String body : deliveries) {
            webhook.deliver(body).statusCode(204);
        }

        JsonNode learner = awaitVersions(1).get(0).path("learners").get(0);
        assertThat(learner.path("secondsAttended").asLong()).isEqualTo(53 * 60);
        assertThat(learner.path("status").asText()).isEqualTo("ATTENDED");

        webhook.deliver(retriedLeave).statusCode(204);
        awaitProcessed();
        assertThat(flow.finalizedOf(eventId)).hasSize(1);
    }

    /**
     * No meeting.started arrives and Zoom reports a duration of 0: the length comes from
     * meeting.ended's start time, and a leave after the end changes nothing.
     */
    @Test
    void missingStartAndLateLeave() {
        scheduleWithLearner(new AttendanceRule(AttendanceRule.Mode.PERCENTAGE, 75), "learner7@example.com");

        flow.deliver(
                flow.participantEvent(JOINED, meetingId, instance, "H-1", "host@example.com",
                        "join_time", "2026-03-02T13:58:00Z"),
                flow.participantEvent(JOINED, meetingId, instance, "PU-1", "learner7@example.com",
                        "join_time", "2026-03-02T14:00:00Z"),
                flow.meetingEvent("meeting.ended", meetingId, instance, "2026-03-02T13:58:00Z",
                        "2026-03-02T15:00:00Z"));

        JsonNode finalized = awaitVersions(1).get(0);
        assertThat(finalized.path("actualLengthSeconds").asLong()).isEqualTo(62 * 60);
        JsonNode learner = finalized.path("learners").get(0);
        assertThat(learner.path("secondsAttended").asLong()).isEqualTo(60 * 60);
        assertThat(learner.path("percentage").asDouble()).isCloseTo(96.77, within(0.01));
        assertThat(learner.path("status").asText()).isEqualTo("ATTENDED");
        assertThat(finalized.path("unmatchedParticipants")).isEmpty();

        flow.deliver(flow.participantEvent(LEFT, meetingId, instance, "PU-1", "learner7@example.com",
                "leave_time", "2026-03-02T15:00:00Z"));
        awaitProcessed();
        assertThat(flow.finalizedOf(eventId)).hasSize(1);
    }

    /** A join that arrives after the result was published and changes it publishes version 2. */
    @Test
    void changedResultPublishesNextVersion() {
        scheduleWithLearner(AttendanceRuleOnJoin.RULE, "learner2@example.com");
        flow.deliver(
                flow.meetingEvent("meeting.started", meetingId, instance, "2026-03-02T14:00:00Z", null),
                flow.meetingEvent("meeting.ended", meetingId, instance, "2026-03-02T14:00:00Z",
                        "2026-03-02T15:00:00Z"));
        assertThat(awaitVersions(1).get(0).path("learners").get(0).path("status").asText()).isEqualTo("ABSENT");

        flow.deliver(flow.participantEvent(JOINED, meetingId, instance, "P-9", "LEARNER2@example.com",
                "join_time", "2026-03-02T14:30:00Z"));

        JsonNode second = awaitVersions(2).get(1);
        assertThat(second.path("version").asInt()).isEqualTo(2);
        assertThat(second.path("learners").get(0).path("status").asText()).isEqualTo("ATTENDED");
        assertThat(second.path("learners").get(0).path("secondsAttended").asLong()).isEqualTo(30 * 60);
    }

    /** Notifications for the meeting an edit replaced still count for the event. */
    @Test
    void formerMeetingIdStillMaps() {
        scheduleWithLearner(AttendanceRuleOnJoin.RULE, "learner3@example.com");
        flow.publish(new TrainingEventReplaced(
                AttendanceFlow.schedule(eventId, "host@example.com", AttendanceRuleOnJoin.RULE),
                new ZoomMeetingRef(meetingId, "https://zoom.example/j/old"),
                new ZoomMeetingRef(meetingId + 1, "https://zoom.example/j/new")));
        flow.awaitCount(2, "select count(*) from training_event_meeting where training_event_id = cast(?1 as uuid)",
                eventId.toString());

        flow.deliver(
                flow.participantEvent(JOINED, meetingId, instance, "P-3", "learner3@example.com",
                        "join_time", "2026-03-02T14:00:00Z"),
                flow.meetingEvent("meeting.ended", meetingId, instance, "2026-03-02T14:00:00Z",
                        "2026-03-02T14:10:00Z"));

        JsonNode finalized = awaitVersions(1).get(0);
        assertThat(finalized.path("instances").get(0).path("zoomMeetingId").asLong()).isEqualTo(meetingId);
        assertThat(finalized.path("learners").get(0).path("status").asText()).isEqualTo("ATTENDED");
    }

    /** The notification topic and the training-event topic are independent, so either may come first. */
    @Test
    void meetingEndedBeforeItsEventArrived() {
        flow.deliver(
                flow.meetingEvent("meeting.started", meetingId, instance, "2026-03-02T14:00:00Z", null),
                flow.participantEvent(JOINED, meetingId, instance, "P-1", "learner1@example.com",
                        "join_time", "2026-03-02T14:00:00Z"),
                flow.participantEvent(LEFT, meetingId, instance, "P-1", "learner1@example.com",
                        "leave_time", "2026-03-02T14:50:00Z"),
                flow.meetingEvent("meeting.ended", meetingId, instance, "2026-03-02T14:00:00Z",
                        "2026-03-02T15:00:00Z"));
        awaitProcessed();
        assertThat(flow.finalizedOf(eventId)).isEmpty();

        scheduleWithLearner(new AttendanceRule(AttendanceRule.Mode.PERCENTAGE, 80), "learner1@example.com");

        await().atMost(AttendanceFlow.TIMEOUT).untilAsserted(() -> {
            List<JsonNode> versions = flow.finalizedOf(eventId);
            assertThat(versions).isNotEmpty();
            JsonNode latest = versions.get(versions.size() - 1);
            assertThat(latest.path("learners").get(0).path("lmsUserId").asText()).isEqualTo("U-1");
            assertThat(latest.path("learners").get(0).path("secondsAttended").asLong()).isEqualTo(50 * 60);
            assertThat(latest.path("learners").get(0).path("status").asText()).isEqualTo("ATTENDED");
        });
    }

    private void scheduleWithLearner(AttendanceRule rule, String email) {
        flow.publish(new TrainingEventScheduled(AttendanceFlow.schedule(eventId, "host@example.com", rule),
                new ZoomMeetingRef(meetingId, "https://zoom.example/j/1")));
        flow.publish(new LearnerEnrolled(eventId, "U-1", email, "Lee", "Learner", null, null));
        flow.awaitCount(1, "select count(*) from enrollment where training_event_id = cast(?1 as uuid)",
                eventId.toString());
    }

    private List<JsonNode> awaitVersions(int count) {
        await().atMost(AttendanceFlow.TIMEOUT).until(() -> flow.finalizedOf(eventId).size() >= count);
        return flow.finalizedOf(eventId);
    }

    /**
     * Waits until a later marker notification on the same partition was stored, so that every
     * notification delivered before it was processed.
     */
    private void awaitProcessed() {
        String marker = "marker-" + UUID.randomUUID();
        flow.deliver(flow.meetingEvent("meeting.started", meetingId + 7, marker, "2026-03-02T16:00:00Z", null));
        flow.awaitCount(1, "select count(*) from meeting_instance where uuid = ?1", marker);
    }

    private static final class AttendanceRuleOnJoin {
        static final AttendanceRule RULE = new AttendanceRule(AttendanceRule.Mode.ON_JOIN, null);
    }
}
