package org.viltzoom.kernel.inbox;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

/**
 * One consumer group's loop over its topics: each record is applied in a transaction that also
 * records its id in the inbox, retried with backoff, and sent to the dead-letter topic when the
 * attempts are used up. Offsets are committed only for records whose outcome is durable.
 */
public final class InboxConsumer implements Runnable {

    private static final Logger LOG = Logger.getLogger(InboxConsumer.class);

    private final String consumerGroup;
    private final List<String> topics;
    private final MessageIdentity identity;
    private final MessageHandler handler;
    private final KafkaConsumer<String, String> consumer;
    private final Inbox inbox;
    private final DeadLetterPublisher deadLetters;
    private final InboxSettings settings;

    private volatile boolean running = true;
    private volatile Instant lastPollReturned = Instant.now();

    InboxConsumer(String consumerGroup, List<String> topics, MessageIdentity identity, MessageHandler handler,
                  KafkaConsumer<String, String> consumer, Inbox inbox, DeadLetterPublisher deadLetters,
                  InboxSettings settings) {
        this.consumerGroup = consumerGroup;
        this.topics = List.copyOf(topics);
        this.identity = identity;
        this.handler = handler;
        this.consumer = consumer;
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.settings = settings;
    }

    public String consumerGroup() {
        return consumerGroup;
    }

    /** True while the loop runs and its last poll returned within the stall timeout. */
    public boolean isLive(Instant now) {
        return running && Duration.between(lastPollReturned, now).compareTo(settings.stallTimeout()) < 0;
    }

    @Override
    public void run() {
        LOG.infof("Inbox consumer group=%s subscribed to %s", consumerGroup, topics);
        try {
            consumer.subscribe(topics);
            while (running) {
                ConsumerRecords<String, String> records = consumer.poll(settings.pollTimeout());
                lastPollReturned = Instant.now();
                processAndCommit(records);
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Inbox consumer group=%s stopped after an unexpected error", consumerGroup);
            throw e;
        } finally {
            running = false;
            consumer.close();
            LOG.infof("Inbox consumer group=%s stopped", consumerGroup);
        }
    }

    /** Ends the loop; the current poll returns at once. */
    public void stop() {
        running = false;
        consumer.wakeup();
    }

    private void processAndCommit(ConsumerRecords<String, String> records) {
        if (records.isEmpty()) {
            return;
        }

        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<String, String> record : records.records(partition)) {
                if (!running || !processDurably(record)) {
                    // Rewind so that the next poll starts at the first record without an outcome.
                    consumer.seek(partition, record.offset());
                    break;
                }
                done.put(partition, new OffsetAndMetadata(record.offset() + 1));
            }
        }

        if (!done.isEmpty()) {
            commit(done);
        }
    }

    /**
     * Commits the offsets of processed records and logs a failure instead of ending the loop. Each
     * record already has its outcome in the inbox, so a redelivery after a failed commit changes nothing.
     */
    private void commit(Map<TopicPartition, OffsetAndMetadata> done) {
        try {
            consumer.commitSync(done, settings.commitTimeout());
        } catch (WakeupException | InterruptException e) {
            throw e;
        } catch (KafkaException e) {
            LOG.warnf("Inbox consumer group=%s could not commit offsets %s and continues: %s",
                    consumerGroup, done, e.toString());
        }
    }

    /** Returns false when neither processing nor dead-lettering succeeded, so the record stays uncommitted. */
    private boolean processDurably(ConsumerRecord<String, String> record) {
        InboundMessage message;
        try {
            String id = identity.idOf(record.key(), record.value());
            message = new InboundMessage(record.topic(), record.partition(), record.offset(),
                    record.key(), record.value(), id);
        } catch (RuntimeException e) {
            String fallbackId = record.topic() + "/" + record.partition() + "/" + record.offset();
            message = new InboundMessage(record.topic(), record.partition(), record.offset(),
                    record.key(), record.value(), fallbackId);
            return deadLetter(message, e, 1);
        }

        Duration backoff = settings.initialBackoff();
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            try {
                applyOnce(message);
                return true;
            } catch (PoisonMessageException e) {
                return deadLetter(message, e, attempt);
            } catch (Exception e) {
                if (attempt == settings.maxAttempts()) {
                    return deadLetter(message, e, attempt);
                }
                LOG.warnf("Inbox consumer group=%s messageId=%s topic=%s offset=%d: attempt %d of %d failed (%s), retrying in %d ms",
                        consumerGroup, message.id(), message.topic(), message.offset(), attempt,
                        settings.maxAttempts(), e, backoff.toMillis());
                if (!sleep(backoff)) {
                    return false;
                }
                backoff = min(backoff.multipliedBy(2), settings.maxBackoff());
            }
        }
        return false;
    }

    private void applyOnce(InboundMessage message) throws Exception {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            QuarkusTransaction.requiringNew().call(() -> {
                if (inbox.claim(consumerGroup, message)) {
                    handler.handle(message);
                } else {
                    LOG.debugf("Inbox consumer group=%s skipped duplicate messageId=%s", consumerGroup, message.id());
                }
                return null;
            });
        } catch (io.quarkus.narayana.jta.QuarkusTransactionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            requestContext.terminate();
        }
    }

    private boolean deadLetter(InboundMessage message, Throwable error, int attempts) {
        try {
            deadLetters.publish(consumerGroup, message, error, attempts);
            inbox.recordDeadLettered(consumerGroup, message);
            LOG.errorf("Inbox consumer group=%s sent messageId=%s topic=%s partition=%d offset=%d to the dead-letter topic after %d attempt(s): %s",
                    consumerGroup, message.id(), message.topic(), message.partition(), message.offset(), attempts, error);
            return true;
        } catch (RuntimeException e) {
            LOG.errorf(e, "Inbox consumer group=%s could not dead-letter messageId=%s; it will be polled again",
                    consumerGroup, message.id());
            sleep(settings.maxBackoff());
            return false;
        }
    }

    private boolean sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
