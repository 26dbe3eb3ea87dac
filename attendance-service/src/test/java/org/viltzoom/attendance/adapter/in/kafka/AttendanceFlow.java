package org.viltzoom.attendance.adapter.in.kafka;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.viltzoom.kernel.domain.PlatformId;
import org.viltzoom.kernel.event.DomainEvent;
import org.viltzoom.kernel.event.Topics;
import org.viltzoom.kernel.event.attendance.AttendanceFinalized;
import org.viltzoom.kernel.event.trainingevent.AttendanceRule;
import org.viltzoom.kernel.event.trainingevent.TrainingEventKind;
import org.viltzoom.kernel.event.trainingevent.TrainingEventSchedule;
import org.viltzoom.kernel.outbox.OutboxWriter;

/**
 * Drives the service the way production does: training events through the outbox onto
 * {@code vilt.training-event.v1}, Zoom notifications as raw records on
 * {@code zoom.notifications.v1}, and results read back from the outbox table.
 */
final class AttendanceFlow {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final PlatformId PLATFORM = PlatformId.of("production");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EntityManager entityManager;
    private final OutboxWriter outbox;
    private final String bootstrapServers;
    private final String zoomAccountId = "acct-" + UUID.randomUUID();

    AttendanceFlow(EntityManager entityManager, OutboxWriter outbox, String bootstrapServers) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.bootstrapServers = bootstrapServers;
    }

    static TrainingEventSchedule schedule(UUID trainingEventId, String hostEmail, AttendanceRule rule) {
        Instant start = Instant.parse("2026-03-02T14:00:00Z");
        return new TrainingEventSchedule(trainingEventId, UUID.randomUUID(), "C-1", "S-1", "Session",
                TrainingEventKind.MEETING, start, start.plusSeconds(3600), null, null, "Europe/Berlin",
                UUID.randomUUID(), hostEmail, List.of("alt.host@example.com"), List.of(), rule);
    }

    void publish(DomainEvent event) {
        QuarkusTransaction.requiringNew().run(() -> outbox.write(PLATFORM, event));
    }

    /** Sends each body as Zoom's notification record, keyed by one Zoom account, in order. */
    void deliver(String... bodies) {
        Map<String, Object> config = Map.of("bootstrap.servers", bootstrapServers);
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (String body : bodies) {
                producer.send(new ProducerRecord<>(Topics.ZOOM_NOTIFICATIONS, zoomAccountId, body));
            }
            producer.flush();
        }
    }

    String meetingEvent(String event, long meetingId, String uuid, String startTime, String endTime) {
        return "{\"event\":\"" + event + "\",\"event_ts\":1772460000000,\"payload\":{\"account_id\":\""
                + zoomAccountId + "\",\"object\":{\"uuid\":\"" + uuid + "\",\"id\":\"" + meetingId
                + "\",\"host_id\":\"host-zoom-user\",\"type\":2,\"duration\":0,\"timezone\":\"\""
                + (startTime == null ? "" : ",\"start_time\":\"" + startTime + "\"")
                + (endTime == null ? "" : ",\"end_time\":\"" + endTime + "\"") + "}}}";
    }

    /** Builds a join or leave whose {@code object.id} is a JSON number, the other form Zoom uses. */
    String participantEvent(String event, long meetingId, String uuid, String participantUuid, String email,
                            String timeField, String time) {
        return "{\"event\":\"" + event + "\",\"event_ts\":1772460000000,\"payload\":{\"account_id\":\""
                + zoomAccountId + "\",\"object\":{\"uuid\":\"" + uuid + "\",\"id\":" + meetingId
                + ",\"host_id\":\"host-zoom-user\",\"type\":2,\"duration\":0,\"participant\":{\"user_id\":\"1679"
                + Math.abs(participantUuid.hashCode()) + "\",\"user_name\":\"Learner\",\"registrant_id\":null,"
                + "\"participant_uuid\":\"" + participantUuid + "\",\"id\":\"\",\"email\":\"" + email + "\",\""
                + timeField + "\":\"" + time + "\"}}}}";
    }

    long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    void awaitCount(long expected, String sql, Object... parameters) {
        await().atMost(TIMEOUT).until(() -> count(sql, parameters) == expected);
    }

    /** Returns the {@code data} of every AttendanceFinalized in the outbox for the event, by version. */
    List<JsonNode> finalizedOf(UUID trainingEventId) {
        List<?> envelopes = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select envelope from outbox_message where event_type = ?1 and message_key = ?2 order by id")
                .setParameter(1, AttendanceFinalized.TYPE)
                .setParameter(2, trainingEventId.toString())
                .getResultList());
        return envelopes.stream().map(envelope -> read((String) envelope).path("data")).toList();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("outbox envelope is not JSON", e);
        }
    }
}
