package org.viltzoom.kernel.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.viltzoom.kernel.domain.PlatformId;
import org.viltzoom.kernel.event.DomainEvent;
import org.viltzoom.kernel.event.EventEnvelope;
import org.viltzoom.kernel.event.Topics;
import org.viltzoom.kernel.event.trainingevent.LearnerEnrolled;
import org.viltzoom.kernel.event.trainingevent.LearnerUnenrolled;
import org.viltzoom.kernel.inbox.DeadLetterPublisher;
import org.viltzoom.localstack.KafkaBroker;
import org.viltzoom.localstack.LocalStack;
import org.viltzoom.localstack.LocalStackTestResource;

@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "service", value = "kernel"))
class OutboxAndInboxTest {

    private static final PlatformId PLATFORM = PlatformId.of("production");
    private static final UUID TRAINING_EVENT = UUID.randomUUID();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    OutboxWriter outbox;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "vilt.inbox.commit-timeout")
    Duration commitTimeout;

    @Test
    void committedEventIsPublishedAndAppliedOnce() {
        EventEnvelope<DomainEvent> envelope = writeCommitted("U-committed");

        awaitApplied("U-committed");
        assertThat(sentAtOf(envelope.id())).isNotNull();
        assertThat(effectsOf("U-committed")).isEqualTo(1);
    }

    /**
     * The broker stops while a record is processed, so the offset commit after it times out. The
     * consumer must go on once the broker is back, and the record must not be applied twice.
     */
    @Test
    void consumerOutlivesFailedCommit() throws Exception {
        KafkaBroker kafka = LocalStack.acquireShared().kafka();
        try {
            Assumptions.assumeTrue(kafka.canRestart(), "the test needs a Kafka broker started in this JVM");
            RecordingConsumer.beforeEffectOf("U-commit-fails", kafka::stop);
            try {
                writeCommitted("U-commit-fails");
                awaitApplied("U-commit-fails");
                Thread.sleep(commitTimeout.plusSeconds(1).toMillis());
            } finally {
                kafka.restart();
            }
        } finally {
            LocalStack.releaseShared();
        }

        writeCommitted("U-after-failed-commit");
        awaitApplied("U-after-failed-commit");
        assertThat(effectsOf("U-commit-fails")).isEqualTo(1);
    }

    /** The attendance of a large webinar is one event beyond Kafka's 1 MiB default record size. */
    @Test
    void eventOverOneMebibyteIsPublished() {
        String longName = "x".repeat(2 * 1024 * 1024);
        EventEnvelope<DomainEvent> envelope = QuarkusTransaction.requiringNew().call(() -> outbox.write(PLATFORM,
                new LearnerEnrolled(TRAINING_EVENT, "U-large", null, longName, null, null, null)));

        await().atMost(TIMEOUT).until(() -> sentAtOf(envelope.id()) != null);
        assertThat(sentAtOf(envelope.id())).isNotNull();
    }

    @Test
    void redeliveredEnvelopeChangesNothing() {
        EventEnvelope<DomainEvent> envelope = writeCommitted("U-redelivered");
        awaitApplied("U-redelivered");

        sendRaw(Topics.TRAINING_EVENT, TRAINING_EVENT.toString(), envelopeJsonOf(envelope.id()));
        sendRaw(Topics.TRAINING_EVENT, TRAINING_EVENT.toString(), envelopeJsonOf(envelope.id()));
        writeCommitted("U-after-redelivery");
        awaitApplied("U-after-redelivery");

        assertThat(effectsOf("U-redelivered")).isEqualTo(1);
    }

    @Test
    void rolledBackTransactionPublishesNothing() {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.write(PLATFORM, new LearnerUnenrolled(TRAINING_EVENT, "U-rolled-back"));
                throw new IllegalStateException("business rule failed after the write");
            });
        } catch (IllegalStateException expected) {
            // The transaction rolled back.
        }
        writeCommitted("U-after-rollback");
        awaitApplied("U-after-rollback");

        assertThat(effectsOf("U-rolled-back")).isZero();
        assertThat(outboxRowsFor("U-rolled-back")).isZero();
    }

    @Test
    void poisonMessagesGoToDeadLetterTopicAndConsumerContinues() {
        sendRaw(Topics.TRAINING_EVENT, "poison-key", "{not json");
        EventEnvelope<DomainEvent> failing = writeCommitted(RecordingConsumer.ALWAYS_FAILING_USER);
        writeCommitted("U-after-poison");

        awaitApplied("U-after-poison");

        List<ConsumerRecord<String, String>> deadLetters = readDeadLetters(2);
        ConsumerRecord<String, String> unreadable = deadLetters.stream()
                .filter(record -> record.value().equals("{not json")).findFirst().orElseThrow();
        assertThat(header(unreadable, DeadLetterPublisher.ERROR_MESSAGE)).contains("not valid JSON");
        assertThat(header(unreadable, DeadLetterPublisher.ORIGINAL_TOPIC)).isEqualTo(Topics.TRAINING_EVENT);
        assertThat(header(unreadable, DeadLetterPublisher.ATTEMPTS)).isEqualTo("1");

        ConsumerRecord<String, String> exhausted = deadLetters.stream()
                .filter(record -> record.value().contains(failing.id().toString())).findFirst().orElseThrow();
        assertThat(header(exhausted, DeadLetterPublisher.ERROR_CLASS)).isEqualTo(IllegalStateException.class.getName());
        assertThat(header(exhausted, DeadLetterPublisher.ERROR_MESSAGE)).contains("simulated failure");
        assertThat(header(exhausted, DeadLetterPublisher.ATTEMPTS)).isEqualTo("3");
        assertThat(header(exhausted, DeadLetterPublisher.CONSUMER_GROUP)).isEqualTo("kernel-test.recording");
    }

    private EventEnvelope<DomainEvent> writeCommitted(String lmsUserId) {
        return QuarkusTransaction.requiringNew().call(
                () -> outbox.write(PLATFORM, new LearnerUnenrolled(TRAINING_EVENT, lmsUserId)));
    }

    private void awaitApplied(String lmsUserId) {
        await().atMost(TIMEOUT).until(() -> effectsOf(lmsUserId) > 0);
    }

    private long effectsOf(String lmsUserId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from test_effect where lms_user_id = :user")
                .setParameter("user", lmsUserId)
                .getSingleResult()).longValue());
    }

    private long outboxRowsFor(String lmsUserId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_message where envelope like :pattern")
                .setParameter("pattern", "%\"" + lmsUserId + "\"%")
                .getSingleResult()).longValue());
    }

    private Object sentAtOf(UUID envelopeId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select m.sentAt from OutboxMessageEntity m where m.envelopeId = :id")
                .setParameter("id", envelopeId)
                .getSingleResult());
    }

    private String envelopeJsonOf(UUID envelopeId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select m.envelope from OutboxMessageEntity m where m.envelopeId = :id", String.class)
                .setParameter("id", envelopeId)
                .getSingleResult());
    }

    private void sendRaw(String topic, String key, String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                "bootstrap.servers", bootstrapServers,
                "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new AssertionError("sending to " + topic + " failed", e);
        }
    }

    private List<ConsumerRecord<String, String>> readDeadLetters(int expected) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", bootstrapServers,
                "group.id", "dlq-reader-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest",
                "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(Topics.deadLetterOf(Topics.TRAINING_EVENT)));
            await().atMost(TIMEOUT).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= expected;
            });
        }
        return records;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
