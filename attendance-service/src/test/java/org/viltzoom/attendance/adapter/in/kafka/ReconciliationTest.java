package org.viltzoom.attendance.adapter.in.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.viltzoom.attendance.TokenBrokerTestResource;
import org.viltzoom.attendance.WebhookSecretsStandIn;
import org.viltzoom.kernel.event.trainingevent.AttendanceRule;
import org.viltzoom.kernel.event.trainingevent.LearnerEnrolled;
import org.viltzoom.kernel.event.trainingevent.TrainingEventKind;
import org.viltzoom.kernel.event.trainingevent.TrainingEventSchedule;
import org.viltzoom.kernel.event.trainingevent.TrainingEventScheduled;
import org.viltzoom.kernel.event.trainingevent.ZoomMeetingRef;
import org.viltzoom.kernel.outbox.OutboxWriter;
import org.viltzoom.kernel.testing.ZoomSimulatorTestResource;
import org.viltzoom.localstack.LocalStackTestResource;
import org.viltzoom.zoomsimulator.control.SimulatorControl;
import org.viltzoom.zoomsimulator.faults.FaultRule;

/**
 * Reconciliation against the Zoom simulator's participant report, with notifications delivered
 * through the signed webhook and tokens from a stand-in of account-service's token broker.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "service", value = "attendance"))
@QuarkusTestResource(WebhookSecretsStandIn.class)
@QuarkusTestResource(ZoomSimulatorTestResource.class)
@QuarkusTestResource(TokenBrokerTestResource.class)
class ReconciliationTest {

    private static final String JOINED = "meeting.participant_joined";
    private static final String LEFT = "meeting.participant_left";
    private static final String REPORT_PATH = ".*/report/meetings/.*/participants.*";

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxWriter outbox;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String zoomAccount = "zacc-" + suffix;
    private final String hostZoomUser = "u-host-" + suffix;
    private final String hostEmail = "host-" + suffix + "@example.com";
    private final UUID accountId = UUID.randomUUID();
    private final UUID eventId = UUID.randomUUID();
    private final long meetingId = 86_000_000_000L + (long) (Math.random() * 1_000_000_000L);
    private final String instance = "inst-" + UUID.randomUUID() + "==";

    private AttendanceFlow flow;
    private SignedWebhook webhook;

    @BeforeEach
    void pairAccount() {
        flow = new AttendanceFlow(entityManager, outbox, bootstrapServers);
        String appId = "app-" + suffix;
        WebhookSecretsStandIn.SECRETS.put(appId, "secret-" + suffix);
        webhook = new SignedWebhook(appId, "secret-" + suffix);

        zoom().seed("""
                {"accounts": [{"id": "%1$s", "plan": "business"}],
                 "users": [{"id": "%2$s", "account_id": "%1$s", "email": "%3$s", "type": 2, "status": "active"}],
                 "apps": [{"id": "s2s-%4$s", "kind": "SERVER_TO_SERVER", "client_id": "s2s-client-%4$s",
                           "client_secret": "s2s-secret-%4$s", "account_id": "%1$s"}]}
                """.formatted(zoomAccount, hostZoomUser, hostEmail, suffix));
        TokenBrokerTestResource.broker().pair(accountId, AttendanceFlow.PLATFORM.value(), zoomAccount,
                "s2s-client-" + suffix, "s2s-secret-" + suffix);
        zoom().clearFaults();
        zoom().clearLogs();
    }

    /**
     * Case A-5: no meeting.started, Zoom's duration 0, and the report returns 404 code 3001 at
     * first. The reconciliation retries until the report is ready, and it and the late leave
     * leave the first result as it was.
     */
    @Test
    void reportNotReadyThenFilledIn() {
        long a5Meeting = 85_000_000_041L;
        String a5Instance = "instA5==";
        schedule(a5Meeting, new AttendanceRule(AttendanceRule.Mode.PERCENTAGE, 75));
        enroll("U-7", "learner7@example.com", null);
        Participant host = new Participant("H-1", "16778240", hostZoomUser, "Host", hostEmail, null, null);
        Participant learner = Participant.guest("PU-1", "16778241", "Learner Seven", "learner7@example.com");
        seedReport(a5Meeting, a5Instance, "2026-05-05T13:58:00Z", "2026-05-05T15:00:00Z", "2026-05-05T15:10:00Z",
                host.reportRow("2026-05-05T13:58:00Z", null),
                learner.reportRow("2026-05-05T14:00:00Z", "2026-05-05T15:00:00Z"));
        zoom().setClock(Instant.parse("2026-05-05T15:00:10Z"));

        deliver(host.notification(JOINED, zoomAccount, a5Meeting, a5Instance, "join_time", "2026-05-05T13:58:00Z"),
                learner.notification(JOINED, zoomAccount, a5Meeting, a5Instance, "join_time", "2026-05-05T14:00:00Z"),
                ended(a5Meeting, a5Instance, "2026-05-05T13:58:00Z", "2026-05-05T15:00:00Z"));

        JsonNode first = awaitVersions(1).get(0);
        assertThat(first.path("actualLengthSeconds").asLong()).isEqualTo(62 * 60);
        JsonNode result = first.path("learners").get(0);
        assertThat(result.path("secondsAttended").asLong()).isEqualTo(60 * 60);
        assertThat(result.path("percentage").asDouble()).isCloseTo(96.77, within(0.01));
        assertThat(result.path("status").asText()).isEqualTo("ATTENDED");

        await().atMost(AttendanceFlow.TIMEOUT).until(() -> reportAnswers(404) >= 2);
        assertThat(reconciliation(a5Instance).state()).isEqualTo("PENDING");
        assertThat(reconciliation(a5Instance).attempts()).isGreaterThanOrEqualTo(2);
        assertThat(reconciliation(a5Instance).outcome()).isNull();
        assertThat(flow.finalizedOf(eventId)).hasSize(1);

        zoom().setClock(Instant.parse("2026-05-05T15:10:00Z"));
        Reconciliation done = awaitFinished(a5Instance);
        assertThat(done.outcome()).isEqualTo("RECONCILED");
        assertThat(reportAnswers(200)).isEqualTo(1);
        assertThat(connectionsOf(a5Instance)).isEqualTo(2);

        deliver(learner.notification(LEFT, zoomAccount, a5Meeting, a5Instance, "leave_time", "2026-05-05T15:00:00Z"));
        awaitProcessed();
        assertThat(flow.finalizedOf(eventId)).hasSize(1);
        assertThat(connectionsOf(a5Instance)).isEqualTo(2);
    }

    /** A join whose notification never arrived comes from the report and publishes version 2. */
    @Test
    void missedJoinPublishesVersion2() {
        schedule(meetingId, new AttendanceRule(AttendanceRule.Mode.PERCENTAGE, 80));
        enroll("U-A", "a-" + suffix + "@example.com", null);
        enroll("U-B", "b-" + suffix + "@example.com", null);
        Participant seen = Participant.guest("PA-" + suffix, "16790001", "A", "a-" + suffix + "@example.com");
        Participant missed = Participant.guest("PB-" + suffix, "16790002", "B", "b-" + suffix + "@example.com");
        seedReport(meetingId, instance, "2026-03-02T10:00:00Z", "2026-03-02T11:00:00Z", "2026-03-02T11:00:00Z",
                seen.reportRow("2026-03-02T10:00:00Z", "2026-03-02T11:00:00Z"),
                missed.reportRow("2026-03-02T10:05:00Z", "2026-03-02T10:55:00Z"));
        zoom().setClock(Instant.parse("2026-03-02T11:20:00Z"));

        deliver(started(meetingId, instance, "2026-03-02T10:00:00Z"),
                seen.notification(JOINED, zoomAccount, meetingId, instance, "join_time", "2026-03-02T10:00:00Z"),
                seen.notification(LEFT, zoomAccount, meetingId, instance, "leave_time", "2026-03-02T11:00:00Z"),
                ended(meetingId, instance, "2026-03-02T10:00:00Z", "2026-03-02T11:00:00Z"));

        List<JsonNode> versions = awaitVersions(2);
        assertThat(learner(versions.get(0), "U-B").path("status").asText()).isEqualTo("ABSENT");
        JsonNode second = versions.get(1);
        assertThat(second.path("version").asInt()).isEqualTo(2);
        assertThat(learner(second, "U-A").path("secondsAttended").asLong()).isEqualTo(60 * 60);
        assertThat(learner(second, "U-B").path("secondsAttended").asLong()).isEqualTo(50 * 60);
        assertThat(learner(second, "U-B").path("status").asText()).isEqualTo("ATTENDED");
        assertThat(awaitFinished(instance).outcome()).isEqualTo("RECONCILED");
        assertThat(connectionsOf(instance)).isEqualTo(2);
        assertThat(flow.finalizedOf(eventId)).hasSize(2);
    }

    /** A UUID that starts with "/" and contains "//" is encoded twice, or Zoom would not find it. */
    @Test
    void slashUuidIsEncodedTwice() {
        String slashInstance = "/" + suffix + "//Kq3TmWp1+sL0w==";
        schedule(meetingId, AttendanceRuleOnJoin.RULE);
        enroll("U-C", "c-" + suffix + "@example.com", null);
        Participant missed = Participant.guest("PC-" + suffix, "16790003", "C", "c-" + suffix + "@example.com");
        seedReport(meetingId, slashInstance, "2026-03-02T10:00:00Z", "2026-03-02T11:00:00Z", "2026-03-02T11:00:00Z",
                missed.reportRow("2026-03-02T10:30:00Z", "2026-03-02T10:40:00Z"));
        zoom().setClock(Instant.parse("2026-03-02T11:20:00Z"));

        deliver(ended(meetingId, slashInstance, "2026-03-02T10:00:00Z", "2026-03-02T11:00:00Z"));

        assertThat(awaitFinished(slashInstance).outcome()).isEqualTo("RECONCILED");
        JsonNode second = awaitVersions(2).get(1);
        assertThat(learner(second, "U-C").path("status").asText()).isEqualTo("ATTENDED");
        assertThat(learner(second, "U-C").path("secondsAttended").asLong()).isEqualTo(10 * 60);
        assertThat(reportAnswers(404)).isZero();
    }

    /** A report that only repeats what the notifications reported adds no connection and publishes nothing. */
    @Test
    void identicalReportPublishesNothing() {
        schedule(meetingId, new AttendanceRule(AttendanceRule.Mode.PERCENTAGE, 80));
        enroll("U-D", "d-" + suffix + "@example.com", null);
        Participant learner = Participant.guest("PD-" + suffix, "16790004", "D", "d-" + suffix + "@example.com");
        seedReport(meetingId, instance, "2026-03-02T10:00:00Z", "2026-03-02T11:00:00Z", "2026-03-02T11:00:00Z",
                learner.reportRow("2026-03-02T10:00:00Z", "2026-03-02T10:50:00Z"));
        zoom().setClock(Instant.parse("2026-03-02T11:20:00Z"));

        deliver(started(meetingId, instance, "2026-03-02T10:00:00Z"),
                learner.notification(JOINED, zoomAccount, meetingId, instance, "join_time", "2026-03-02T10:00:00Z"),
                learner.notification(LEFT, zoomAccount, meetingId, instance, "leave_time", "2026-03-02T10:50:00Z"),
                ended(meetingId, instance, "2026-03-02T10:00:00Z", "2026-03-02T11:00:00Z"));

        Reconciliation done = awaitFinished(instance);
        assertThat(done.outcome()).isEqualTo("RECONCILED");
        assertThat(done.detail()).isEqualTo("1 report rows, 0 connections added or completed");
        assertThat(connectionsOf(instance)).isEqualTo(1);
        awaitProcessed();
        assertThat(flow.finalizedOf(eventId)).hasSize(1);
        assertThat(learner(flow.finalizedOf(eventId).get(0), "U-D").path("secondsAttended").asLong())
                .isEqualTo(50 * 60);
    }

    /** An unpaired account ends the reconciliation after one attempt with a recorded outcome. */
    @Test
    void unpairedAccountEndsOnce() {
        schedule(meetingId, AttendanceRuleOnJoin.RULE);
        enroll("U-E", "e-" + suffix + "@example.com", null);
        TokenBrokerTestResource.broker().unpair(accountId, "UNPAIRED");

        deliver(ended(meetingId, instance, "2026-03-02T10:00:00Z", "2026-03-02T11:00:00Z"));

        Reconciliation done = awaitFinished(instance);
        assertThat(done.outcome()).isEqualTo("ACCOUNT_NOT_PAIRED");
        assertThat(done.attempts()).isEqualTo(1);
        assertThat(awaitVersions(1)).hasSize(1);
        assertThat(zoom().countRequests("GET", REPORT_PATH)).isZero();
    }

    /**
     * Zoom never finds the instance: the reconciliation gives up after the configured attempts
     * and the results from notifications stand; it never concludes that nobody attended.
     */
    @Test
    void unknownInstanceEndsAfterAttempts() {
        schedule(meetingId, AttendanceRuleOnJoin.RULE);
        enroll("U-F", "f-" + suffix + "@example.com", null);
        Participant learner = Participant.guest("PF-" + suffix, "16790006", "F", "f-" + suffix + "@example.com");

        deliver(learner.notification(JOINED, zoomAccount, meetingId, instance, "join_time", "2026-03-02T10:10:00Z"),
                ended(meetingId, instance, "2026-03-02T10:00:00Z", "2026-03-02T11:00:00Z"));

        Reconciliation done = awaitFinished(instance);
        assertThat(done.outcome()).isEqualTo("REPORT_NOT_FOUND");
        assertThat(done.attempts()).isEqualTo(TokenBrokerTestResource.MAX_ATTEMPTS);
        assertThat(reportAnswers(404)).isEqualTo(TokenBrokerTestResource.MAX_ATTEMPTS);
        List<JsonNode> versions = flow.finalizedOf(eventId);
        assertThat(versions).hasSize(1);
        assertThat(learner(versions.get(0), "U-F").path("status").asText()).isEqualTo("ATTENDED");
        assertThat(connectionsOf(instance)).isEqualTo(1);
    }

    /** A per-second 429 is retried, and the next attempt reads the report. */
    @Test
    void rateLimitIsRetried() {
        schedule(meetingId, AttendanceRuleOnJoin.RULE);
        enroll("U-G", "g-" + suffix + "@example.com", null);
        Participant missed = Participant.guest("PG-" + suffix, "16790007", "G", "g-" + suffix + "@example.com");
        seedReport(meetingId, instance, "2026-03-02T10:00:00Z", "2026-03-02T11:00:00Z", "2026-03-02T11:00:00Z",
                missed.reportRow("2026-03-02T10:00:00Z", "2026-03-02T10:30:00Z"));
        zoom().setClock(Instant.parse("2026-03-02T11:20:00Z"));
        FaultRule rateLimit = new FaultRule();
        rateLimit.kind = FaultRule.Kind.RATE_LIMIT;
        rateLimit.pathPattern = REPORT_PATH;
        rateLimit.times = 1;
        zoom().addFault(rateLimit);

        deliver(ended(meetingId, instance, "2026-03-02T10:00:00Z", "2026-03-02T11:00:00Z"));

        Reconciliation done = awaitFinished(instance);
        assertThat(done.outcome()).isEqualTo("RECONCILED");
        assertThat(done.attempts()).isEqualTo(2);
        assertThat(reportAnswers(429)).isEqualTo(1);
        assertThat(learner(awaitVersions(2).get(1), "U-G").path("status").asText()).isEqualTo("ATTENDED");
    }

    private static SimulatorControl zoom() {
        return ZoomSimulatorTestResource.simulator().control();
    }

    private void schedule(long zoomMeetingId, AttendanceRule rule) {
        Instant start = Instant.parse("2026-03-02T10:00:00Z");
        TrainingEventSchedule schedule = new TrainingEventSchedule(eventId, accountId, "C-1", "S-1", "Session",
                TrainingEventKind.MEETING, start, start.plusSeconds(3600), null, null, "Europe/Berlin",
                UUID.randomUUID(), hostEmail, List.of(), List.of(), rule);
        flow.publish(new TrainingEventScheduled(schedule, new ZoomMeetingRef(zoomMeetingId, "https://zoom.example/j/1")));
        flow.awaitCount(1, "select count(*) from training_event where id = cast(?1 as uuid) and account_id is not null",
                eventId.toString());
    }

    private void enroll(String lmsUserId, String email, String registrantId) {
        long before = flow.count("select count(*) from enrollment where training_event_id = cast(?1 as uuid)",
                eventId.toString());
        flow.publish(new LearnerEnrolled(eventId, lmsUserId, email, "Lee", "Learner", registrantId, null));
        flow.awaitCount(before + 1, "select count(*) from enrollment where training_event_id = cast(?1 as uuid)",
                eventId.toString());
    }

    private void seedReport(long zoomMeetingId, String uuid, String start, String end, String readyAt,
                            String... rows) {
        zoom().seed("""
                {"past_instances": [{"uuid": %s, "meeting_id": %d, "host_id": "%s", "start_time": "%s",
                  "end_time": "%s", "report_ready_at": "%s", "participants": [%s]}]}
                """.formatted(quoted(uuid), zoomMeetingId, hostZoomUser, start, end, readyAt, String.join(",", rows)));
    }

    private void deliver(String... bodies) {
        for (String body : bodies) {
            webhook.deliver(body).statusCode(204);
        }
    }

    private String started(long zoomMeetingId, String uuid, String start) {
        return meetingEvent("meeting.started", zoomMeetingId, uuid, ",\"start_time\":\"" + start + "\"");
    }

    /** Returns meeting.ended with Zoom's duration 0, which happens; the length comes from the times. */
    private String ended(long zoomMeetingId, String uuid, String start, String end) {
        return meetingEvent("meeting.ended", zoomMeetingId, uuid,
                ",\"start_time\":\"" + start + "\",\"end_time\":\"" + end + "\"");
    }

    private String meetingEvent(String event, long zoomMeetingId, String uuid, String times) {
        return "{\"event\":\"" + event + "\",\"event_ts\":1772460000000,\"payload\":{\"account_id\":\"" + zoomAccount
                + "\",\"object\":{\"uuid\":" + quoted(uuid) + ",\"id\":\"" + zoomMeetingId + "\",\"host_id\":\""
                + hostZoomUser + "\",\"type\":2,\"duration\":0,\"timezone\":\"\"" + times + "}}}";
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private long reportAnswers(int status) {
        return zoom().requests().stream()
                .filter(entry -> entry.path().matches(REPORT_PATH) && entry.status() == status)
                .count();
    }

    private long connectionsOf(String uuid) {
        return flow.count("select count(*) from participant_connection where meeting_uuid = ?1", uuid);
    }

    private List<JsonNode> awaitVersions(int count) {
        await().atMost(AttendanceFlow.TIMEOUT).until(() -> flow.finalizedOf(eventId).size() >= count);
        return flow.finalizedOf(eventId);
    }

    private static JsonNode learner(JsonNode finalized, String lmsUserId) {
        for (JsonNode learner : finalized.path("learners")) {
            if (learner.path("lmsUserId").asText().equals(lmsUserId)) {
                return learner;
            }
        }
        throw new AssertionError("no result for " + lmsUserId + " in " + finalized);
    }

    /** Waits until a marker notification delivered after the others was stored. */
    private void awaitProcessed() {
        String marker = "marker-" + UUID.randomUUID();
        deliver(started(meetingId + 7, marker, "2026-03-02T16:00:00Z"));
        flow.awaitCount(1, "select count(*) from meeting_instance where uuid = ?1", marker);
    }

    private record Reconciliation(String state, int attempts, String outcome, String detail) {
    }

    private Reconciliation reconciliation(String uuid) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = entityManager.createNativeQuery(
                            "select state, attempts, outcome, outcome_detail from reconciliation where meeting_uuid = ?1")
                    .setParameter(1, uuid)
                    .getResultList();
            if (rows.isEmpty()) {
                return null;
            }
            Object[] row = (Object[]) rows.get(0);
            return new Reconciliation((String) row[0], ((Number) row[1]).intValue(), (String) row[2], (String) row[3]);
        });
    }

    private Reconciliation awaitFinished(String uuid) {
        await().atMost(AttendanceFlow.TIMEOUT).until(() -> {
            Reconciliation current = reconciliation(uuid);
            return current != null && "FINISHED".equals(current.state());
        });
        return reconciliation(uuid);
    }

    private static final class AttendanceRuleOnJoin {
        static final AttendanceRule RULE = new AttendanceRule(AttendanceRule.Mode.ON_JOIN, null);
    }
}
