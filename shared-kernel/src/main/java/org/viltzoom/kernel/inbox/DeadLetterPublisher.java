package org.viltzoom.kernel.inbox;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.viltzoom.kernel.event.Topics;
import org.viltzoom.kernel.kafka.KafkaClients;

/**
 * Sends a message that could not be processed to {@code <topic>.dlq}, unchanged, with the error
 * and its origin in headers. The error text is the exception's message, which must not carry
 * secrets or personal data; the payload stays only in the record value.
 */
@ApplicationScoped
public class DeadLetterPublisher {

    public static final String ORIGINAL_TOPIC = "vilt-dlq-original-topic";
    public static final String ORIGINAL_PARTITION = "vilt-dlq-original-partition";
    public static final String ORIGINAL_OFFSET = "vilt-dlq-original-offset";
    public static final String CONSUMER_GROUP = "vilt-dlq-consumer-group";
    public static final String ERROR_CLASS = "vilt-dlq-error-class";
    public static final String ERROR_MESSAGE = "vilt-dlq-error-message";
    public static final String ATTEMPTS = "vilt-dlq-attempts";
    public static final String FAILED_AT = "vilt-dlq-failed-at";

    private static final int MAX_ERROR_MESSAGE_LENGTH = 1000;
    private static final long SEND_TIMEOUT_MILLIS = 30_000;

    @Inject
    KafkaClients kafkaClients;

    @Inject
    Clock clock;

    private volatile KafkaProducer<String, String> producer;

    /**
     * Sends the message and waits for Kafka's acknowledgement.
     *
     * @throws DeadLetterFailedException if Kafka did not acknowledge it
     */
    public void publish(String consumerGroup, InboundMessage message, Throwable error, int attempts) {
        ProducerRecord<String, String> record =
                new ProducerRecord<>(Topics.deadLetterOf(message.topic()), message.key(), message.value());

        Headers headers = record.headers();
        add(headers, ORIGINAL_TOPIC, message.topic());
        add(headers, ORIGINAL_PARTITION, Integer.toString(message.partition()));
        add(headers, ORIGINAL_OFFSET, Long.toString(message.offset()));
        add(headers, CONSUMER_GROUP, consumerGroup);
        add(headers, ERROR_CLASS, error.getClass().getName());
        add(headers, ERROR_MESSAGE, truncate(String.valueOf(error.getMessage())));
        add(headers, ATTEMPTS, Integer.toString(attempts));
        add(headers, FAILED_AT, clock.instant().toString());

        try {
            producer().send(record).get(SEND_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new DeadLetterFailedException(record.topic(), e.getCause());
        } catch (TimeoutException e) {
            throw new DeadLetterFailedException(record.topic(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeadLetterFailedException(record.topic(), e);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (producer != null) {
            producer.close();
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = kafkaClients.reliableProducer("dead-letter", SEND_TIMEOUT_MILLIS);
                }
            }
        }
        return producer;
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String truncate(String text) {
        return text.length() > MAX_ERROR_MESSAGE_LENGTH ? text.substring(0, MAX_ERROR_MESSAGE_LENGTH) : text;
    }

    /** Kafka did not take a dead letter; the consumer must not commit past the message. */
    public static class DeadLetterFailedException extends RuntimeException {

        DeadLetterFailedException(String topic, Throwable cause) {
            super("Sending to dead-letter topic " + topic + " failed", cause);
        }
    }
}
