package org.viltzoom.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.viltzoom.kernel.event.DomainEvent;
import org.viltzoom.kernel.event.DomainEventJson;
import org.viltzoom.kernel.event.EventEnvelope;
import org.viltzoom.kernel.event.Topics;
import org.viltzoom.kernel.event.trainingevent.AttendanceRule;
import org.viltzoom.kernel.event.trainingevent.LearnerEnrolled;
import org.viltzoom.kernel.event.trainingevent.TrainingEventKind;
import org.viltzoom.kernel.event.trainingevent.TrainingEventSchedule;
import org.viltzoom.kernel.event.trainingevent.TrainingEventScheduled;
import org.viltzoom.kernel.event.trainingevent.ZoomMeetingRef;

/**
 * Publishes a training event and its enrollments on {@code vilt.training-event.v1} as
 * event-service's outbox relay does: the kernel's envelope, keyed by the subject (the training
 * event id), with the CloudEvents content-type header, idempotent and {@code acks=all}.
 */
final class TrainingEventPublisher implements AutoCloseable {

    private static final String SOURCE = "urn:vilt-zoom:event-service";
    private static final byte[] CLOUDEVENTS_JSON =
            "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8);

    private final KafkaProducer<String, String> producer;
    private final String platform;

    TrainingEventPublisher(String bootstrapServers, String platform) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        this.platform = platform;
    }

    /** Schedules a webinar with the given Zoom webinar id and enrolls the learners. */
    void publish(TrainingEventSchedule schedule, long zoomMeetingId, List<LearnerEnrolled> enrollments)
            throws ExecutionException, InterruptedException {
        send(new TrainingEventScheduled(schedule, new ZoomMeetingRef(zoomMeetingId,
                "https://zoom.example.invalid/w/" + zoomMeetingId)));
        Future<RecordMetadata> last = null;
        for (LearnerEnrolled enrollment : enrollments) {
            last = send(enrollment);
        }
        producer.flush();
        if (last != null) {
            last.get();
        }
    }

    static TrainingEventSchedule webinar(UUID trainingEventId, Instant start, Instant end, String hostEmail) {
        return new TrainingEventSchedule(trainingEventId, UUID.randomUUID(), "BENCH-COURSE", "BENCH-SESSION",
                "Benchmark webinar", TrainingEventKind.WEBINAR, start, end, null, null, "Europe/Berlin",
                UUID.randomUUID(), hostEmail, List.of(), List.of(), new AttendanceRule(AttendanceRule.Mode.PERCENTAGE, 50));
    }

    private Future<RecordMetadata> send(DomainEvent event) {
        EventEnvelope<DomainEvent> envelope = EventEnvelope.wrap(UUID.randomUUID(), SOURCE, Instant.now(), platform, event);
        ProducerRecord<String, String> record =
                new ProducerRecord<>(Topics.TRAINING_EVENT, envelope.subject(), DomainEventJson.write(envelope));
        record.headers().add("content-type", CLOUDEVENTS_JSON);
        return producer.send(record);
    }

    @Override
    public void close() {
        producer.close();
    }
}
