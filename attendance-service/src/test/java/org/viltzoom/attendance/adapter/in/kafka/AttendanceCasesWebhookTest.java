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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.viltzoom.attendance.WebhookSecretsStandIn;
import org.viltzoom.kernel.event.trainingevent.AttendanceRule;
import org.viltzoom.kernel.event.trainingevent.LearnerEnrolled;
import org.viltzoom.kernel.event.trainingevent.TrainingEventKind;
import org.viltzoom.kernel.event.trainingevent.TrainingEventSchedule;
import org.viltzoom.kernel.event.trainingevent.TrainingEventScheduled;
import org.viltzoom.kernel.event.trainingevent.ZoomMeetingRef;
import org.viltzoom.kernel.outbox.OutboxWriter;
import org.viltzoom.localstack.LocalStackTestResource;

/** Cases end to end: signed webhook deliveries in, AttendanceFinalized out. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "service", value = "attendance"))
@QuarkusTestResource(WebhookSecretsStandIn.class)
class AttendanceCasesWebhookTest {

    private static final String JOINED = "meeting.participant_joined";
    private static final String LEFT = "meeting.participant_left";
    private static final AttendanceRule EIGHTY_PERCENT = new AttendanceRule(AttendanceRule.Mode.PERCENTAGE, 80);

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxWriter outbox;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final String zoomAccount = "acct-" + UUID.randomUUID();
    private AttendanceFlow flow;
    private SignedWebhook webhook;

    @BeforeEach
    void createWebhook() {
        flow = new AttendanceFlow(entityManager, outbox, bootstrapServers);
        String appId = "app-" + UUID.randomUUID();
        WebhookSecretsStandIn.SECRETS.put(appId, "cases-secret");
        webhook = new SignedWebhook(appId, "cases-secret");
    }

    /**
     * each rejoin brings a new participant_uuid and user_id, and a role change arrives without
     * registrant_id. The registrant id joins both connections to U-201.
     */
    @Test
    void rejoinWithNewConnectionIds() {
        Meeting meeting = new Meeting("2026-03-02T09:00:00Z", "2026-03-02T10:00:00Z");
        UUID eventId = meeting.schedule(EIGHTY_PERCENT);
        enroll(eventId, new LearnerEnrolled(eventId, "U-201", "learner3@example.com", "Lee", "Three", "REG-77", null));
        Participant first = new Participant("PU-a", "16790001", "", "Learner Three", "learner3@example.com",
                "REG-77", null);
        Participant second = new Participant("PU-b", "16791552", "", "Learner Three", "learner3@example.com",
                "REG-77", null);
        Participant roleChange = new Participant("PU-b", "16791552", "", "Learner Three", "learner3@example.com",
                null, null);

        deliver(meeting.started(),
                meeting.participant(first, JOINED, "2026-03-02T09:00:00Z"),
                meeting.participant(first, LEFT, "2026-03-02T09:20:00Z"),
                meeting.participant(second, JOINED, "2026-03-02T09:25:00Z"),
                roleChange.notification("meeting.participant_role_changed", zoomAccount, meeting.id, meeting.uuid,
                        "date_time", "2026-03-02T09:40:00Z"),
                meeting.participant(second, LEFT, "2026-03-02T10:00:00Z"),
                meeting.ended());

        JsonNode finalized = awaitFirstVersion(eventId);
        assertThat(finalized.path("learners")).hasSize(1);
        JsonNode learner = finalized.path("learners").get(0);
        assertThat(learner.path("lmsUserId").asText()).isEqualTo("U-201");
        assertThat(learner.path("secondsAttended").asLong()).isEqualTo(55 * 60);
        assertThat(learner.path("percentage").asDouble()).isCloseTo(91.67, within(0.01));
        assertThat(learner.path("status").asText()).isEqualTo("ATTENDED");
        assertThat(learner.path("joins").asInt()).isEqualTo(2);
        assertThat(finalized.path("unmatchedParticipants")).isEmpty();
    }

    /** guests without email whose display names resemble enrolled learners credit nobody. */
    @Test
    void displayNamesAreNeverIdentity() {
        Meeting meeting = new Meeting("2026-03-02T10:00:00Z", "2026-03-02T11:00:00Z");
        UUID eventId = meeting.schedule(EIGHTY_PERCENT);
        enrollJoExamples(eventId);

        deliver(meeting.started(),
                meeting.participant(Participant.guest("G-1", "16780001", "Jo Example", ""), JOINED,
                        "2026-03-02T10:00:00Z"),
                meeting.participant(Participant.guest("G-2", "16780002", "Valentin Sample", ""), JOINED,
                        "2026-03-02T10:00:00Z"),
                meeting.ended());

        JsonNode finalized = awaitFirstVersion(eventId);
        for (JsonNode learner : finalized.path("learners")) {
            assertThat(learner.path("status").asText()).as(learner.toString()).isEqualTo("ABSENT");
            assertThat(learner.path("secondsAttended").asLong()).as(learner.toString()).isZero();
        }
        assertThat(names(finalized.path("unmatchedParticipants"))).containsExactlyInAnyOrder("Jo Example",
                "Valentin Sample");
    }

    /** A-3, second part: G-1 carries the registrant id issued to U-1002, so only U-1002 is credited. */
    @Test
    void registrantIdCreditsOnlyItsLearner() {
        Meeting meeting = new Meeting("2026-03-02T10:00:00Z", "2026-03-02T11:00:00Z");
        UUID eventId = meeting.schedule(EIGHTY_PERCENT);
        enrollJoExamples(eventId);

        deliver(meeting.started(),
                meeting.participant(Participant.guest("G-1", "16780001", "Jo Example", "").withRegistrant("REG-1002"),
                        JOINED, "2026-03-02T10:00:00Z"),
                meeting.participant(Participant.guest("G-2", "16780002", "Valentin Sample", ""), JOINED,
                        "2026-03-02T10:00:00Z"),
                meeting.ended());

        JsonNode finalized = awaitFirstVersion(eventId);
        assertThat(learner(finalized, "U-1001").path("status").asText()).isEqualTo("ABSENT");
        assertThat(learner(finalized, "U-1002").path("status").asText()).isEqualTo("ATTENDED");
        assertThat(learner(finalized, "U-1002").path("secondsAttended").asLong()).isEqualTo(60 * 60);
        assertThat(learner(finalized, "U-1003").path("status").asText()).isEqualTo("ABSENT");
        assertThat(names(finalized.path("unmatchedParticipants"))).containsExactly("Valentin Sample");
    }

    /** blank emails and names join nobody; the email match ignores case. */
    @Test
    void emptyEmailsAreNeverJoinKeys() {
        Meeting meeting = new Meeting("2026-03-02T10:00:00Z", "2026-03-02T11:00:00Z");
        UUID eventId = meeting.schedule(EIGHTY_PERCENT);
        enroll(eventId, new LearnerEnrolled(eventId, "U-9", "", "Una", "Nine", null, null));
        enroll(eventId, new LearnerEnrolled(eventId, "U-10", "learner5@example.com", "Lee", "Five", null, null));
        Participant g1 = Participant.guest("G-1", "16780011", "", "");
        Participant g2 = Participant.guest("G-2", "16780012", "", "");
        Participant p3 = Participant.guest("P-3", "16780013", "", "Learner5@Example.COM");

        deliver(meeting.started(),
                meeting.participant(g1, JOINED, "2026-03-02T10:00:00Z"),
                meeting.participant(p3, JOINED, "2026-03-02T10:00:00Z"),
                meeting.participant(g2, JOINED, "2026-03-02T10:10:00Z"),
                meeting.participant(g2, LEFT, "2026-03-02T10:20:00Z"),
                meeting.participant(g1, LEFT, "2026-03-02T10:50:00Z"),
                meeting.participant(p3, LEFT, "2026-03-02T11:00:00Z"),
                meeting.ended());

        JsonNode finalized = awaitFirstVersion(eventId);
        assertThat(learner(finalized, "U-9").path("status").asText()).isEqualTo("ABSENT");
        assertThat(learner(finalized, "U-9").path("secondsAttended").asLong()).isZero();
        assertThat(learner(finalized, "U-10").path("status").asText()).isEqualTo("ATTENDED");
        assertThat(learner(finalized, "U-10").path("secondsAttended").asLong()).isEqualTo(60 * 60);
        List<Long> unmatchedSeconds = new ArrayList<>();
        finalized.path("unmatchedParticipants").forEach(unmatched -> {
            assertThat(unmatched.path("email").isNull() || unmatched.path("email").asText().isEmpty())
                    .as(unmatched.toString()).isTrue();
            unmatchedSeconds.add(unmatched.path("secondsAttended").asLong());
        });
        assertThat(unmatchedSeconds).containsExactlyInAnyOrder(50L * 60, 10L * 60);
    }

    private void enrollJoExamples(UUID eventId) {
        enroll(eventId, new LearnerEnrolled(eventId, "U-1001", "jo.a@example.com", "Jo", "Example", "REG-1001", null));
        enroll(eventId, new LearnerEnrolled(eventId, "U-1002", "jo.b@example.com", "Jo", "Example", "REG-1002", null));
        enroll(eventId, new LearnerEnrolled(eventId, "U-1003", "valentina@example.com", "Valentina", "Sample",
                "REG-1003", null));
    }

    private void enroll(UUID eventId, LearnerEnrolled enrolled) {
        long before = enrollments(eventId);
        flow.publish(enrolled);
        flow.awaitCount(before + 1, "select count(*) from enrollment where training_event_id = cast(?1 as uuid)",
                eventId.toString());
    }

    private long enrollments(UUID eventId) {
        return flow.count("select count(*) from enrollment where training_event_id = cast(?1 as uuid)",
                eventId.toString());
    }

    private void deliver(String... bodies) {
        for (String body : bodies) {
            webhook.deliver(body).statusCode(204);
        }
    }

    private JsonNode awaitFirstVersion(UUID eventId) {
        await().atMost(AttendanceFlow.TIMEOUT).until(() -> !flow.finalizedOf(eventId).isEmpty());
        return flow.finalizedOf(eventId).get(0);
    }

    private static JsonNode learner(JsonNode finalized, String lmsUserId) {
        for (JsonNode learner : finalized.path("learners")) {
            if (learner.path("lmsUserId").asText().equals(lmsUserId)) {
                return learner;
            }
        }
        throw new AssertionError("no result for " + lmsUserId + " in " + finalized);
    }

    private static List<String> names(JsonNode unmatched) {
        List<String> names = new ArrayList<>();
        unmatched.forEach(participant -> names.add(participant.path("name").asText()));
        return names;
    }

    /** One Zoom meeting instance of a training event scheduled for this test. */
    private final class Meeting {

        final long id = 88_000_000_000L + (long) (Math.random() * 1_000_000_000L);
        final String uuid = "case-" + UUID.randomUUID() + "==";
        final String start;
        final String end;

        Meeting(String start, String end) {
            this.start = start;
            this.end = end;
        }

        UUID schedule(AttendanceRule rule) {
            UUID eventId = UUID.randomUUID();
            Instant scheduledStart = Instant.parse(start);
            flow.publish(new TrainingEventScheduled(new TrainingEventSchedule(eventId, UUID.randomUUID(), "C-1", "S-1",
                    "Session", TrainingEventKind.MEETING, scheduledStart, Instant.parse(end), null, null,
                    "Europe/Berlin", UUID.randomUUID(), "host@example.com", List.of(), List.of(), rule),
                    new ZoomMeetingRef(id, "https://zoom.example/j/" + id)));
            flow.awaitCount(1, "select count(*) from training_event where id = cast(?1 as uuid)", eventId.toString());
            return eventId;
        }

        String started() {
            return meetingEvent("meeting.started", ",\"start_time\":\"" + start + "\"");
        }

        /** Returns meeting.ended with Zoom's duration 0, which happens; the length comes from the times. */
        String ended() {
            return meetingEvent("meeting.ended", ",\"start_time\":\"" + start + "\",\"end_time\":\"" + end + "\"");
        }

        /** Carries the same account id as the joins and leaves, so all share one partition and its order. */
        private String meetingEvent(String event, String times) {
            return "{\"event\":\"" + event + "\",\"event_ts\":1772460000000,\"payload\":{\"account_id\":\""
                    + zoomAccount + "\",\"object\":{\"uuid\":\"" + uuid + "\",\"id\":\"" + id
                    + "\",\"host_id\":\"host-zoom-user\",\"type\":2,\"duration\":0,\"timezone\":\"\"" + times
                    + "}}}";
        }

        String participant(Participant participant, String event, String time) {
            return participant.notification(event, zoomAccount, id, uuid, JOINED.equals(event) ? "join_time" : "leave_time",
                    time);
        }
    }
}
