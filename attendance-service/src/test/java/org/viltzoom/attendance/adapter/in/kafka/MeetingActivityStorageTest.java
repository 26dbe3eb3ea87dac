package org.viltzoom.attendance.adapter.in.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
import org.viltzoom.kernel.outbox.OutboxWriter;
import org.viltzoom.localstack.LocalStackTestResource;

@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "service", value = "attendance"))
@QuarkusTestResource(WebhookSecretsStandIn.class)
class MeetingActivityStorageTest {

    /** A join and leave captured from Zoom with personal data replaced. They lack participant_uuid and send registrant_id as null, then "". */
    private static final String CAPTURED_JOIN = "{\"event\":\"meeting.participant_joined\",\"event_ts\":1648038809439,"
            + "\"payload\":{\"account_id\":\"Qx7rTmZ1Sa2bC3dE4fG5hA\",\"object\":{\"uuid\":\"hwkAADUySwyG3GyUkqc0vA==\","
            + "\"participant\":{\"user_id\":\"16778240\",\"user_name\":\"Alex Example\",\"registrant_id\":null,"
            + "\"participant_user_id\":\"tUo7WohjTs6ELvl9WR3JAA\",\"id\":\"tUo7WohjTs6ELvl9WR3JAA\","
            + "\"join_time\":\"2022-03-23T12:33:26Z\",\"email\":\"alex.example@example.com\"},\"id\":\"86431910364\","
            + "\"type\":1,\"topic\":\"Example Room\",\"host_id\":\"tUo7WohjTs6ELvl9WR3JAA\",\"duration\":0,"
            + "\"start_time\":\"2022-03-23T12:33:26Z\",\"timezone\":\"\"}}}";
    private static final String CAPTURED_LEAVE = "{\"event\":\"meeting.participant_left\",\"event_ts\":1648038819802,"
            + "\"payload\":{\"account_id\":\"Qx7rTmZ1Sa2bC3dE4fG5hA\",\"object\":{\"uuid\":\"hwkAADUySwyG3GyUkqc0vA==\","
            + "\"participant\":{\"leave_time\":\"2022-03-23T12:33:39Z\",\"user_id\":\"16778240\","
            + "\"user_name\":\"Alex Example\",\"registrant_id\":\"\",\"participant_user_id\":\"tUo7WohjTs6ELvl9WR3JAA\","
            + "\"id\":\"tUo7WohjTs6ELvl9WR3JAA\",\"leave_reason\":\"left the meeting. Reason : Host ended the meeting.\","
            + "\"email\":\"alex.example@example.com\"},\"id\":\"86431910364\",\"type\":1,\"topic\":\"Example Room\","
            + "\"host_id\":\"tUo7WohjTs6ELvl9WR3JAA\",\"duration\":0,\"start_time\":\"2022-03-23T12:33:26Z\","
            + "\"timezone\":\"\"}}}";

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxWriter outbox;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private AttendanceFlow flow;
    private final long meetingId = 87_000_000_000L + (long) (Math.random() * 1_000_000_000L);
    private final String instance = "inst-" + UUID.randomUUID() + "==";

    @BeforeEach
    void createFlow() {
        flow = new AttendanceFlow(entityManager, outbox, bootstrapServers);
    }

    @Test
    void capturedPairWithoutParticipantUuid() {
        flow.deliver(CAPTURED_JOIN, CAPTURED_LEAVE);

        flow.awaitCount(1, "select count(*) from participant_connection where meeting_uuid = 'hwkAADUySwyG3GyUkqc0vA=='"
                + " and leave_time is not null");
        Object[] row = row("select connection_id, zoom_meeting_id, join_time is not null, registrant_id, zoom_user_id"
                + " from participant_connection where meeting_uuid = 'hwkAADUySwyG3GyUkqc0vA=='");
        assertThat(row[0]).isEqualTo("user:16778240@2022-03-23T12:33:26Z");
        assertThat(((Number) row[1]).longValue()).isEqualTo(86431910364L);
        assertThat(row[2]).isEqualTo(true);
        assertThat(row[3]).isNull();
        assertThat(row[4]).isEqualTo("tUo7WohjTs6ELvl9WR3JAA");
    }

    @Test
    void leaveBeforeJoinIsKept() {
        flow.deliver(flow.participantEvent("meeting.participant_left", meetingId, instance, "P-R", "r@example.com",
                "leave_time", "2026-03-02T14:30:00Z"));
        flow.awaitCount(1, "select count(*) from participant_connection where meeting_uuid = ?1 and join_time is null"
                + " and leave_time is not null", instance);

        flow.deliver(flow.participantEvent("meeting.participant_joined", meetingId, instance, "P-R", "r@example.com",
                "join_time", "2026-03-02T14:00:00Z"));
        flow.awaitCount(1, "select count(*) from participant_connection where meeting_uuid = ?1"
                + " and join_time = timestamptz '2026-03-02T14:00:00Z' and leave_time = timestamptz '2026-03-02T14:30:00Z'",
                instance);
    }

    @Test
    void leaveBeforeJoinWithoutParticipantUuid() {
        String leave = CAPTURED_LEAVE.replace("hwkAADUySwyG3GyUkqc0vA==", instance);
        flow.deliver(leave);
        flow.awaitCount(1, "select count(*) from participant_connection where meeting_uuid = ?1 and join_time is null",
                instance);

        flow.deliver(CAPTURED_JOIN.replace("hwkAADUySwyG3GyUkqc0vA==", instance), leave.replace("12:33:39Z", "12:33:39.000Z"));
        flow.awaitCount(1, "select count(*) from participant_connection where meeting_uuid = ?1"
                + " and join_time = timestamptz '2022-03-23T12:33:26Z' and leave_time = timestamptz '2022-03-23T12:33:39Z'",
                instance);

        String marker = "marker-" + UUID.randomUUID();
        flow.deliver(flow.meetingEvent("meeting.started", meetingId, marker, "2026-03-02T16:00:00Z", null));
        flow.awaitCount(1, "select count(*) from meeting_instance where uuid = ?1", marker);
        assertThat(flow.count("select count(*) from participant_connection where meeting_uuid = ?1", instance))
                .isEqualTo(1);
    }

    @Test
    void repeatedStartKeepsFirstValue() {
        flow.deliver(
                flow.meetingEvent("meeting.started", meetingId, instance, "2026-03-02T14:00:00Z", null),
                flow.meetingEvent("meeting.started", meetingId, instance, "2026-03-02T14:01:00Z", null),
                flow.meetingEvent("webinar.ended", meetingId, instance, null, "2026-03-02T15:00:00Z"));

        flow.awaitCount(1, "select count(*) from meeting_instance where uuid = ?1 and ended_at is not null", instance);
        flow.awaitCount(1, "select count(*) from meeting_instance where uuid = ?1"
                + " and started_at = timestamptz '2026-03-02T14:00:00Z' and zoom_meeting_id = ?2", instance, meetingId);
    }

    private Object[] row(String sql) {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(sql).getResultList());
        assertThat(rows).hasSize(1);
        return (Object[]) rows.get(0);
    }
}
