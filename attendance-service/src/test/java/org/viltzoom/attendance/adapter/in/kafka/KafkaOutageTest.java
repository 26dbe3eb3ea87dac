package org.viltzoom.attendance.adapter.in.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.viltzoom.attendance.WebhookSecretsStandIn;
import org.viltzoom.kernel.event.ZoomNotifications;
import org.viltzoom.kernel.event.trainingevent.AttendanceRule;
import org.viltzoom.kernel.event.trainingevent.LearnerEnrolled;
import org.viltzoom.kernel.event.trainingevent.TrainingEventScheduled;
import org.viltzoom.kernel.event.trainingevent.ZoomMeetingRef;
import org.viltzoom.kernel.outbox.OutboxWriter;
import org.viltzoom.localstack.KafkaBroker;
import org.viltzoom.localstack.LocalStack;
import org.viltzoom.localstack.LocalStackTestResource;

/**
 * Kafka stops while Zoom delivers a meeting's notifications. The endpoint answers 503 within
 * Zoom's 3 seconds, Zoom's retries land once Kafka is back, and every acknowledged notification
 * is processed exactly once. The broker restarts in a finally block, so the test classes after
 * this one find it running.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "service", value = "attendance-outage"))
@QuarkusTestResource(WebhookSecretsStandIn.class)
class KafkaOutageTest {

    private static final Logger LOG = Logger.getLogger(KafkaOutageTest.class);
    private static final int LEARNERS = 12;
    private static final Duration ZOOM_TIMEOUT = Duration.ofSeconds(3);

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxWriter outbox;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @TestHTTPResource("/zoom/webhooks")
    URL webhooks;

    private final UUID eventId = UUID.randomUUID();
    private final long meetingId = 87_000_000_000L + (long) (Math.random() * 1_000_000_000L);
    private final String instance = "outage-" + UUID.randomUUID() + "==";

    @Test
    void acknowledgedNotificationsSurviveOutage() throws Exception {
        KafkaBroker kafka = LocalStack.acquireShared().kafka();
        try {
            Assumptions.assumeTrue(kafka.canRestart(), "the test needs a Kafka broker started in this JVM");
            runOutage(kafka);
        } finally {
            LocalStack.releaseShared();
        }
    }

    private void runOutage(KafkaBroker kafka) throws Exception {
        AttendanceFlow flow = new AttendanceFlow(entityManager, outbox, bootstrapServers);
        flow.publish(new TrainingEventScheduled(AttendanceFlow.schedule(eventId, "host@example.com",
                new AttendanceRule(AttendanceRule.Mode.PERCENTAGE, 50)), new ZoomMeetingRef(meetingId, "https://zoom.example/j/9")));
        for (int i = 1; i <= LEARNERS; i++) {
            flow.publish(new LearnerEnrolled(eventId, "U-" + i, "learner" + i + "@example.com", "Lee", "Learner", null, null));
        }
        flow.awaitCount(LEARNERS, "select count(*) from enrollment where training_event_id = cast(?1 as uuid)",
                eventId.toString());

        List<String> bodies = notifications(flow);
        String appId = "app-outage-" + UUID.randomUUID();
        WebhookSecretsStandIn.SECRETS.put(appId, "outage-secret");
        RetryingZoomSender zoom = new RetryingZoomSender(URI.create(webhooks + "/" + appId), "outage-secret",
                Duration.ofMillis(300));
        int beforeOutage = 5;
        assertThat(zoom.deliverAll(bodies.subList(0, beforeOutage), Instant.now().plusSeconds(30))).isTrue();

        kafka.stop();
        CompletableFuture<Boolean> duringOutage;
        try {
            duringOutage = CompletableFuture.supplyAsync(() -> deliver(zoom, bodies.subList(beforeOutage, bodies.size())));
            await().atMost(Duration.ofSeconds(60)).until(() -> zoom.answersWithStatus(503) >= 4);
        } finally {
            kafka.restart();
        }
        assertThat(duringOutage.get(120, TimeUnit.SECONDS)).isTrue();

        assertThat(zoom.acknowledged()).containsExactlyElementsOf(bodies);
        Duration slowest503 = zoom.answers().stream().filter(answer -> answer.status() == 503)
                .map(RetryingZoomSender.Answer::latency).max(Duration::compareTo).orElseThrow();
        LOG.infof("Kafka outage: %d answers, %d of them 503, slowest 503 after %d ms", zoom.answers().size(),
                zoom.answersWithStatus(503), slowest503.toMillis());
        assertThat(slowest503).isLessThan(ZOOM_TIMEOUT);

        await().atMost(Duration.ofSeconds(90)).until(() -> flow.finalizedOf(eventId).size() >= 1);
        awaitEachProcessedOnce(flow, bodies);
        assertThat(flow.count("select count(*) from participant_connection where meeting_uuid = ?1", instance))
                .isEqualTo(LEARNERS);
        assertThat(flow.count("select count(*) from participant_connection where meeting_uuid = ?1 and leave_time is null",
                instance)).isZero();

        List<JsonNode> versions = flow.finalizedOf(eventId);
        assertThat(versions).hasSize(1);
        JsonNode learners = versions.get(0).path("learners");
        assertThat(learners).hasSize(LEARNERS);
        for (JsonNode learner : learners) {
            assertThat(learner.path("status").asText()).as(learner.toString()).isEqualTo("ATTENDED");
            assertThat(learner.path("joins").asInt()).as(learner.toString()).isEqualTo(1);
            assertThat(learner.path("secondsAttended").asLong()).as(learner.toString()).isEqualTo(50 * 60);
        }
    }

    /** meeting.started, a join and a leave per learner, then meeting.ended: each body once. */
    private List<String> notifications(AttendanceFlow flow) {
        List<String> bodies = new ArrayList<>();
        bodies.add(flow.meetingEvent("meeting.started", meetingId, instance, "2026-03-02T14:00:00Z", null));
        for (int i = 1; i <= LEARNERS; i++) {
            bodies.add(flow.participantEvent("meeting.participant_joined", meetingId, instance, "P-" + i,
                    "learner" + i + "@example.com", "join_time", "2026-03-02T14:05:00Z"));
        }
        for (int i = 1; i <= LEARNERS; i++) {
            bodies.add(flow.participantEvent("meeting.participant_left", meetingId, instance, "P-" + i,
                    "learner" + i + "@example.com", "leave_time", "2026-03-02T14:55:00Z"));
        }
        bodies.add(flow.meetingEvent("meeting.ended", meetingId, instance, "2026-03-02T14:00:00Z",
                "2026-03-02T15:00:00Z"));
        return bodies;
    }

    private static boolean deliver(RetryingZoomSender zoom, List<String> bodies) {
        try {
            return zoom.deliverAll(bodies, Instant.now().plusSeconds(100));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Waits until the inbox of the notification consumer has each body's content id, then checks
     * that each id is there exactly once and was processed. The topic and consumer group are
     * shared with the other test classes of this JVM, so the check reads only these bodies' ids.
     */
    private void awaitEachProcessedOnce(AttendanceFlow flow, List<String> bodies) {
        String group = "attendance-service.meeting-notifications";
        await().atMost(Duration.ofSeconds(60)).until(() -> bodies.stream().allMatch(body -> flow.count(
                "select count(*) from inbox_message where consumer_group = ?1 and message_id = ?2",
                group, ZoomNotifications.contentId(body)) > 0));
        for (String body : bodies) {
            assertThat(flow.count("select count(*) from inbox_message where consumer_group = ?1 and message_id = ?2"
                    + " and outcome = 'PROCESSED'", group, ZoomNotifications.contentId(body))).as(body).isEqualTo(1);
        }
    }
}
