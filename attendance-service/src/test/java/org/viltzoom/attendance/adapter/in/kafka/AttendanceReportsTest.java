package org.viltzoom.attendance.adapter.in.kafka;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.viltzoom.attendance.WebhookSecretsStandIn;
import org.viltzoom.kernel.event.DomainEventJson;
import org.viltzoom.kernel.event.EventEnvelope;
import org.viltzoom.kernel.event.Topics;
import org.viltzoom.kernel.event.trainingevent.AttendanceRule;
import org.viltzoom.kernel.event.trainingevent.LearnerEnrolled;
import org.viltzoom.kernel.event.trainingevent.TrainingEventCancelled;
import org.viltzoom.kernel.event.trainingevent.TrainingEventKind;
import org.viltzoom.kernel.event.trainingevent.TrainingEventSchedule;
import org.viltzoom.kernel.event.trainingevent.TrainingEventScheduled;
import org.viltzoom.kernel.event.trainingevent.ZoomMeetingRef;
import org.viltzoom.kernel.outbox.OutboxWriter;
import org.viltzoom.localstack.LocalStackTestResource;

/**
 * The report and erasure APIs on results that went the production way: training events through
 * Kafka, Zoom notifications through Kafka, the finalizer, and the stored result.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "service", value = "attendance"))
@QuarkusTestResource(WebhookSecretsStandIn.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttendanceReportsTest {

    private static final String JOINED = "meeting.participant_joined";
    private static final String LEFT = "meeting.participant_left";
    private static final String PLATFORM = AttendanceFlow.PLATFORM.value();
    private static final AttendanceRule EIGHTY_PERCENT = new AttendanceRule(AttendanceRule.Mode.PERCENTAGE, 80);
    // The report's learners: a last name that a spreadsheet would run as a formula, and a first name with a comma.
    private static final String FORMULA_LAST_NAME = "=HYPERLINK(\"http://x\")";

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxWriter outbox;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private AttendanceFlow flow;
    private final String courseId = "C-" + UUID.randomUUID();
    private final UUID eventId = UUID.randomUUID();
    private final Instant scheduledStart = Instant.parse("2031-05-06T14:00:00Z");

    /** Finalizes one event: Lee attends 53 of 60 minutes, Ann is absent, and a guest is unmatched. */
    @BeforeAll
    void finalizeOneEvent() {
        flow = new AttendanceFlow(entityManager, outbox, bootstrapServers);
        long meetingId = newMeetingId();
        String instance = "inst-" + UUID.randomUUID() + "==";
        schedule(eventId, meetingId, scheduledStart, courseId);
        flow.publish(new LearnerEnrolled(eventId, "U-1", "lee@example.com", "Lee", "Learner", null, null));
        flow.publish(new LearnerEnrolled(eventId, "U-2", "ann@example.com", "Smith, Ann", FORMULA_LAST_NAME,
                null, null));
        flow.awaitCount(2, "select count(*) from enrollment where training_event_id = cast(?1 as uuid)",
                eventId.toString());

        flow.deliver(
                flow.meetingEvent("meeting.started", meetingId, instance, "2026-03-02T14:00:00Z", null),
                flow.participantEvent(JOINED, meetingId, instance, "P-1", "lee@example.com",
                        "join_time", "2026-03-02T14:05:00Z"),
                flow.participantEvent(LEFT, meetingId, instance, "P-1", "lee@example.com",
                        "leave_time", "2026-03-02T14:20:00Z"),
                flow.participantEvent(JOINED, meetingId, instance, "P-2", "lee@example.com",
                        "join_time", "2026-03-02T14:22:00Z"),
                guest(JOINED, meetingId, instance, "join_time", "2026-03-02T14:10:00Z"),
                guest(LEFT, meetingId, instance, "leave_time", "2026-03-02T14:40:00Z"),
                flow.participantEvent(LEFT, meetingId, instance, "P-2", "lee@example.com",
                        "leave_time", "2026-03-02T15:00:00Z"),
                flow.meetingEvent("meeting.ended", meetingId, instance, "2026-03-02T14:00:00Z",
                        "2026-03-02T15:00:00Z"));
        flow.awaitCount(1, "select count(*) from published_attendance where training_event_id = cast(?1 as uuid)",
                eventId.toString());
    }

    @Test
    void eventReportAsJson() {
        as("vilt-instructor").get(eventPath(eventId)).then()
                .statusCode(200)
                .contentType("application/json")
                .body("trainingEventId", equalTo(eventId.toString()))
                .body("courseId", equalTo(courseId))
                .body("iltSessionId", equalTo("S-7"))
                .body("name", equalTo("Onboarding"))
                .body("scheduledStart", equalTo("2031-05-06T14:00:00Z"))
                .body("scheduledEnd", equalTo("2031-05-06T15:00:00Z"))
                .body("version", equalTo(1))
                .body("actualLengthSeconds", equalTo(3600))
                .body("total", equalTo(2))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items.lmsUserId", contains("U-2", "U-1"))
                .body("items[1].firstName", equalTo("Lee"))
                .body("items[1].lastName", equalTo("Learner"))
                .body("items[1].email", equalTo("lee@example.com"))
                .body("items[1].status", equalTo("ATTENDED"))
                .body("items[1].secondsAttended", equalTo(53 * 60))
                .body("items[1].percentage", equalTo(88.33f))
                .body("items[1].joins", equalTo(2))
                .body("items[1].sharedEmail", equalTo(false))
                .body("items[0].status", equalTo("ABSENT"))
                .body("items[0].secondsAttended", equalTo(0))
                .body("items[0].percentage", equalTo(0.0f));
    }

    @Test
    void eventReportPages() {
        as("vilt-admin").queryParam("page", 1).queryParam("size", 1).get(eventPath(eventId)).then()
                .statusCode(200)
                .body("items.lmsUserId", contains("U-1"))
                .body("page", equalTo(1))
                .body("size", equalTo(1))
                .body("total", equalTo(2));
        as("vilt-admin").queryParam("size", 201).get(eventPath(eventId)).then()
                .statusCode(400)
                .body("code", equalTo("validation-failed"))
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void eventReportAsCsv() {
        String csv = as("vilt-service").accept("text/csv").get(eventPath(eventId)).then()
                .statusCode(200)
                .contentType("text/csv")
                .extract().asString();

        assertThat(csv).isEqualTo(
                "lms_user_id,first_name,last_name,email,status,seconds_attended,percentage,joins,shared_email\r\n"
                        + "U-2,\"Smith, Ann\",\"'=HYPERLINK(\"\"http://x\"\")\",ann@example.com,ABSENT,0,0.0,0,false\r\n"
                        + "U-1,Lee,Learner,lee@example.com,ATTENDED,3180,88.33,2,false\r\n");
        String byParameter = as("vilt-admin").queryParam("format", "CSV").get(eventPath(eventId)).then()
                .statusCode(200).extract().asString();
        assertThat(byParameter).isEqualTo(csv);
    }

    @Test
    void unmatchedAsJsonAndCsv() {
        as("vilt-admin").get(eventPath(eventId) + "/unmatched").then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].name", equalTo("Guest, Visitor"))
                .body("items[0].email", equalTo("guest@other.example"))
                .body("items[0].secondsAttended", equalTo(30 * 60));

        String csv = as("vilt-admin").queryParam("format", "csv").get(eventPath(eventId) + "/unmatched").then()
                .statusCode(200).extract().asString();
        assertThat(csv).isEqualTo("name,email,seconds_attended\r\n\"Guest, Visitor\",guest@other.example,1800\r\n");
    }

    @Test
    void blankCourseIdIsRejected() {
        as("vilt-instructor").get("/api/v1/platforms/{platform}/courses/{course}/attendance", PLATFORM, " ")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("courseId"));
    }

    @Test
    void courseStatistics() {
        as("vilt-instructor").get("/api/v1/platforms/{platform}/courses/{course}/attendance", PLATFORM, courseId)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].trainingEventId", equalTo(eventId.toString()))
                .body("items[0].iltSessionId", equalTo("S-7"))
                .body("items[0].name", equalTo("Onboarding"))
                .body("items[0].scheduledStart", equalTo("2031-05-06T14:00:00Z"))
                .body("items[0].actualLengthSeconds", equalTo(3600))
                .body("items[0].enrolled", equalTo(2))
                .body("items[0].attended", equalTo(1))
                .body("items[0].absent", equalTo(1))
                .body("items[0].averagePercentage", equalTo(44.17f))
                .body("items[0].unmatched", equalTo(1));
    }

    @Test
    void viltReportByTimeRange() {
        String path = "/api/v1/platforms/{platform}/attendance";
        as("vilt-admin").queryParam("from", "2031-05-06T00:00:00Z").queryParam("to", "2031-05-07T00:00:00Z")
                .get(path, PLATFORM).then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.lmsUserId", contains("U-2", "U-1"))
                .body("items[1].trainingEventId", equalTo(eventId.toString()))
                .body("items[1].courseId", equalTo(courseId))
                .body("items[1].eventName", equalTo("Onboarding"))
                .body("items[1].email", equalTo("lee@example.com"))
                .body("items[1].status", equalTo("ATTENDED"))
                .body("items[1].secondsAttended", equalTo(3180))
                .body("items[1].percentage", equalTo(88.33f));
        // The end of the range is exclusive.
        as("vilt-admin").queryParam("from", "2031-05-05T00:00:00Z").queryParam("to", "2031-05-06T14:00:00Z")
                .get(path, PLATFORM).then()
                .statusCode(200)
                .body("total", equalTo(0));

        as("vilt-admin").queryParam("to", "2031-05-07T00:00:00Z").get(path, PLATFORM).then()
                .statusCode(400).body("errors[0].field", equalTo("from")).body("errors[0].code", equalTo("missing"));
        as("vilt-admin").queryParam("from", "2031-05-06").queryParam("to", "2031-05-07T00:00:00Z")
                .get(path, PLATFORM).then()
                .statusCode(400).body("errors[0].field", equalTo("from"))
                .body("errors[0].code", equalTo("invalid-instant"));
        as("vilt-admin").queryParam("from", "2031-05-07T00:00:00Z").queryParam("to", "2031-05-07T00:00:00Z")
                .get(path, PLATFORM).then()
                .statusCode(400).body("errors[0].field", equalTo("to"))
                .body("errors[0].code", equalTo("not-after-from"));
        as("vilt-admin").queryParam("from", "2030-01-01T00:00:00Z").queryParam("to", "2031-01-03T00:00:00Z")
                .get(path, PLATFORM).then()
                .statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors[0].code", equalTo("range-too-long"));
    }

    @Test
    void rolesAndPlatformScope() {
        given().auth().oauth2(LocalStackTestResource.issuer().token("other-lms", "other-platform", "vilt-admin"))
                .get(eventPath(eventId)).then()
                .statusCode(403).body("code", equalTo("platform-forbidden"));
        as("vilt-learner").get(eventPath(eventId)).then()
                .statusCode(403).body("code", equalTo("forbidden"));
        as("vilt-instructor").queryParam("from", "2031-05-06T00:00:00Z").queryParam("to", "2031-05-07T00:00:00Z")
                .get("/api/v1/platforms/{platform}/attendance", PLATFORM).then()
                .statusCode(403);
        as("vilt-instructor").delete(personalDataPath("U-1")).then()
                .statusCode(403);
        given().get(eventPath(eventId)).then()
                .statusCode(401);
    }

    @Test
    void notFinalBeforeMeetingEnded() {
        UUID scheduledOnly = UUID.randomUUID();
        schedule(scheduledOnly, newMeetingId(), Instant.parse("2031-05-20T14:00:00Z"), courseId);
        flow.awaitCount(1, "select count(*) from training_event where id = cast(?1 as uuid)", scheduledOnly.toString());

        for (UUID event : List.of(scheduledOnly, UUID.randomUUID())) {
            as("vilt-admin").get(eventPath(event)).then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("code", equalTo("attendance-not-final"));
            as("vilt-admin").get(eventPath(event) + "/unmatched").then()
                    .statusCode(404)
                    .body("code", equalTo("attendance-not-final"));
        }
    }

    /**
     * Erasure removes the learner's contact data from reports and rows, keeps the figures through a
     * later recomputation, and an enrollment sent before the erasure and delivered again stores none.
     */
    @Test
    void erasureRemovesContactData() {
        UUID erasedEvent = UUID.randomUUID();
        long meetingId = newMeetingId();
        String instance = "inst-" + UUID.randomUUID() + "==";
        String user = "U-erase-" + UUID.randomUUID();
        String email = "Erase.Me." + UUID.randomUUID() + "@example.com";
        schedule(erasedEvent, meetingId, Instant.parse("2031-06-10T14:00:00Z"), "C-" + UUID.randomUUID());
        LearnerEnrolled enrolled = new LearnerEnrolled(erasedEvent, user, email, "Eve", "Erased", "REG-1", null);
        Instant enrolledAt = Instant.now();
        flow.publish(enrolled);
        flow.awaitCount(1, "select count(*) from enrollment where training_event_id = cast(?1 as uuid)",
                erasedEvent.toString());
        flow.deliver(
                flow.meetingEvent("meeting.started", meetingId, instance, "2026-03-02T14:00:00Z", null),
                flow.participantEvent(JOINED, meetingId, instance, "E-1", email.toLowerCase(),
                        "join_time", "2026-03-02T14:00:00Z"),
                flow.participantEvent(LEFT, meetingId, instance, "E-1", email.toLowerCase(),
                        "leave_time", "2026-03-02T14:50:00Z"),
                flow.meetingEvent("meeting.ended", meetingId, instance, "2026-03-02T14:00:00Z",
                        "2026-03-02T15:00:00Z"));
        flow.awaitCount(1, "select count(*) from published_attendance where training_event_id = cast(?1 as uuid)",
                erasedEvent.toString());

        as("vilt-service").delete(personalDataPath(user)).then().statusCode(204);
        as("vilt-admin").delete(personalDataPath(user)).then().statusCode(204);

        assertErased(erasedEvent, user, email);
        assertThat(flow.count("select count(*) from erased_learner where platform = ?1 and lms_user_id = ?2",
                PLATFORM, user)).isEqualTo(1);
        assertThat(flow.count("select count(*) from erased_credit where meeting_uuid = ?1 and lms_user_id = ?2",
                instance, user)).isEqualTo(1);

        // A new enrollment changes the result, so version 2 is computed from the stripped connection.
        flow.publish(new LearnerEnrolled(erasedEvent, "U-late", "late@example.com", "Lou", "Late", null, null));
        await().atMost(AttendanceFlow.TIMEOUT).until(() -> flow.finalizedOf(erasedEvent).size() == 2);
        as("vilt-admin").get(eventPath(erasedEvent)).then()
                .statusCode(200)
                .body("version", equalTo(2))
                .body("items.find { it.lmsUserId == '" + user + "' }.secondsAttended", equalTo(50 * 60))
                .body("items.find { it.lmsUserId == '" + user + "' }.status", equalTo("ATTENDED"));
        assertThat(flow.finalizedOf(erasedEvent).get(1).path("unmatchedParticipants")).isEmpty();

        // event-service's enrollment, sent before the erasure, is delivered again.
        UUID replayed = UUID.randomUUID();
        sendEnvelope(EventEnvelope.wrap(replayed, "urn:vilt-zoom:event-service", enrolledAt, PLATFORM, enrolled));
        flow.awaitCount(1, "select count(*) from inbox_message where message_id = ?1", replayed.toString());
        assertErased(erasedEvent, user, email);

        // Zoom delivers the leave of the erased connection again, which must not restore its identity.
        String marker = "marker-" + UUID.randomUUID();
        flow.deliver(
                flow.participantEvent(LEFT, meetingId, instance, "E-1", email.toLowerCase(),
                        "leave_time", "2026-03-02T14:51:00Z"),
                flow.meetingEvent("meeting.started", meetingId + 7, marker, "2026-03-02T16:00:00Z", null));
        flow.awaitCount(1, "select count(*) from meeting_instance where uuid = ?1", marker);
        assertErased(erasedEvent, user, email);

        // A new enrollment after the erasure stores contact data again.
        UUID renewed = UUID.randomUUID();
        sendEnvelope(EventEnvelope.wrap(renewed, "urn:vilt-zoom:event-service", Instant.now().plusSeconds(5),
                PLATFORM, enrolled));
        flow.awaitCount(1, "select count(*) from inbox_message where message_id = ?1", renewed.toString());
        assertThat(flow.count("select count(*) from enrollment where lms_user_id = ?1 and email = ?2", user, email))
                .isEqualTo(1);

        flow.publish(new TrainingEventCancelled(erasedEvent, new ZoomMeetingRef(meetingId, "https://zoom.example/j/2"),
                Instant.now()));
        flow.awaitCount(1, "select count(*) from training_event where id = cast(?1 as uuid) and cancelled",
                erasedEvent.toString());
        as("vilt-admin").get(eventPath(erasedEvent)).then().statusCode(200).body("total", equalTo(2));
    }

    private void assertErased(UUID event, String user, String email) {
        as("vilt-admin").get(eventPath(event)).then()
                .statusCode(200)
                .body("items.find { it.lmsUserId == '" + user + "' }.email", nullValue())
                .body("items.find { it.lmsUserId == '" + user + "' }.firstName", nullValue())
                .body("items.find { it.lmsUserId == '" + user + "' }.lastName", nullValue())
                .body("items.find { it.lmsUserId == '" + user + "' }.secondsAttended", equalTo(50 * 60));
        as("vilt-admin").get(eventPath(event) + "/unmatched").then()
                .statusCode(200).body("items", hasSize(0));
        String csv = as("vilt-admin").queryParam("format", "csv").get(eventPath(event)).then()
                .statusCode(200).extract().asString();
        assertThat(csv.toLowerCase()).doesNotContain(email.toLowerCase()).doesNotContain("eve");
        String range = as("vilt-admin").queryParam("from", "2031-06-10T00:00:00Z")
                .queryParam("to", "2031-06-11T00:00:00Z").queryParam("format", "csv")
                .get("/api/v1/platforms/{platform}/attendance", PLATFORM).then()
                .statusCode(200).extract().asString();
        assertThat(range.toLowerCase()).contains(user.toLowerCase()).doesNotContain(email.toLowerCase());

        assertThat(flow.count("select count(*) from enrollment where lms_user_id = ?1 and (email is not null"
                + " or first_name is not null or last_name is not null or registrant_id is not null)", user))
                .isZero();
        assertThat(flow.count("select count(*) from participant_connection where lower(email) = lower(?1)"
                + " or name is not null and connection_id = 'E-1'", email)).isZero();
        assertThat(flow.count("select count(*) from unmatched_attendance where lower(email) = lower(?1)", email))
                .isZero();
    }

    /** Sends an envelope as event-service's relay does, with the envelope time given. */
    private void sendEnvelope(EventEnvelope<LearnerEnrolled> envelope) {
        Map<String, Object> config = Map.of("bootstrap.servers", bootstrapServers);
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.TRAINING_EVENT, envelope.subject(),
                    DomainEventJson.write(envelope)));
            producer.flush();
        }
    }

    private void schedule(UUID trainingEventId, long meetingId, Instant start, String course) {
        TrainingEventSchedule schedule = new TrainingEventSchedule(trainingEventId, UUID.randomUUID(), course,
                "S-7", "Onboarding", TrainingEventKind.MEETING, start, start.plusSeconds(3600), null, null,
                "Europe/Berlin", UUID.randomUUID(), "host@example.com", List.of(), List.of(), EIGHTY_PERCENT);
        flow.publish(new TrainingEventScheduled(schedule, new ZoomMeetingRef(meetingId, "https://zoom.example/j/1")));
    }

    private String guest(String event, long meetingId, String instance, String timeField, String time) {
        return flow.participantEvent(event, meetingId, instance, "G-1", "guest@other.example", timeField, time)
                .replace("\"user_name\":\"Learner\"", "\"user_name\":\"Guest, Visitor\"");
    }

    private static long newMeetingId() {
        return 86_000_000_000L + (long) (Math.random() * 1_000_000_000L);
    }

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(LocalStackTestResource.issuer().token("lms-" + role, PLATFORM, role));
    }

    private static String eventPath(UUID event) {
        return "/api/v1/platforms/" + PLATFORM + "/training-events/" + event + "/attendance";
    }

    private static String personalDataPath(String user) {
        return "/api/v1/platforms/" + PLATFORM + "/lms-users/" + user + "/personal-data";
    }
}
