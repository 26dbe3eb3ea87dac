package org.viltzoom.kernel.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;
import org.viltzoom.kernel.kafka.KafkaClients;

/**
 * Publishes outbox rows to Kafka in id order and marks them sent.
 *
 * <p>Order per key holds across replicas because only the holder of a PostgreSQL advisory lock
 * publishes, and the idempotent producer keeps the order of sends within a partition. A row is
 * marked sent only after Kafka acknowledged it and every row before it; a crash between the
 * acknowledgement and the commit publishes the row again, which consumers' inboxes absorb.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** Advisory lock key ("vilt" in ASCII); one lock per database, so one publisher per service. */
    private static final long PUBLISHER_LOCK = 0x76696c74L;

    private static final String CONTENT_TYPE_HEADER = "content-type";
    private static final byte[] CLOUDEVENTS_JSON = "application/cloudevents+json; charset=UTF-8"
            .getBytes(StandardCharsets.UTF_8);

    @Inject
    EntityManager entityManager;

    @Inject
    KafkaClients kafkaClients;

    @Inject
    OutboxSettings settings;

    @Inject
    Clock clock;

    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private volatile boolean running;
    private ScheduledExecutorService executor;
    private KafkaProducer<String, String> producer;

    void onStart(@Observes @Priority(20) StartupEvent event) {
        if (!settings.relayEnabled()) {
            LOG.info("Outbox relay disabled in this instance");
            return;
        }

        producer = kafkaClients.reliableProducer("outbox", settings.sendTimeout().toMillis());
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        running = true;

        long intervalMillis = settings.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::drain, 0, intervalMillis, TimeUnit.MILLISECONDS);
        LOG.infof("Outbox relay started, polling every %d ms", intervalMillis);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (!running) {
            return;
        }

        running = false;
        executor.shutdown();
        try {
            if (!executor.awaitTermination(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Outbox relay did not finish its batch before shutdown; unsent rows stay in the outbox");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(settings.sendTimeout());
        LOG.info("Outbox relay stopped");
    }

    /** Publishes soon, without waiting for the next poll; called after a commit that wrote rows. */
    public void wakeUp() {
        if (running && drainScheduled.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    public boolean isRunning() {
        return running;
    }

    private void drain() {
        drainScheduled.set(false);
        try {
            int published;
            do {
                published = publishBatch();
            } while (running && published == settings.batchSize());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Outbox relay failed; the next attempt is in %d ms", settings.pollInterval().toMillis());
        }
    }

    /** Returns how many rows were published; fewer than the batch size means nothing is left. */
    int publishBatch() {
        return QuarkusTransaction.requiringNew()
                .timeout((int) settings.sendTimeout().toSeconds() + 30)
                .call(() -> {
                    if (!acquirePublisherLock()) {
                        return 0;
                    }
                    List<OutboxMessageEntity> batch = loadUnsent();
                    if (batch.isEmpty()) {
                        return 0;
                    }
                    return publish(batch);
                });
    }

    private boolean acquirePublisherLock() {
        Object acquired = entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", PUBLISHER_LOCK)
                .getSingleResult();
        return Boolean.TRUE.equals(acquired);
    }

    private List<OutboxMessageEntity> loadUnsent() {
        return entityManager.createQuery(
                        "select m from OutboxMessageEntity m where m.sentAt is null order by m.id",
                        OutboxMessageEntity.class)
                .setMaxResults(settings.batchSize())
                .getResultList();
    }

    private int publish(List<OutboxMessageEntity> batch) {
        List<Future<RecordMetadata>> acknowledgements = new ArrayList<>(batch.size());
        for (OutboxMessageEntity message : batch) {
            ProducerRecord<String, String> record =
                    new ProducerRecord<>(message.topic, message.messageKey, message.envelope);
            record.headers().add(CONTENT_TYPE_HEADER, CLOUDEVENTS_JSON);
            acknowledgements.add(producer.send(record));
        }

        Instant sentAt = clock.instant();
        int published = 0;
        for (int i = 0; i < batch.size(); i++) {
            OutboxMessageEntity message = batch.get(i);
            try {
                acknowledgements.get(i).get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                message.sentAt = sentAt;
                message.attempts++;
                published++;
            } catch (ExecutionException | TimeoutException e) {
                recordFailure(message, e instanceof ExecutionException ? e.getCause() : e);
                // Later rows stay unsent even if Kafka took them: marking them would let them
                // overtake this row on the next attempt.
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }

        LOG.debugf("Outbox relay published %d of %d rows", published, batch.size());
        return published;
    }

    private void recordFailure(OutboxMessageEntity message, Throwable cause) {
        message.attempts++;
        String error = cause.getClass().getName() + ": " + cause.getMessage();
        message.lastError = error.length() > 2000 ? error.substring(0, 2000) : error;
        LOG.warnf("Publishing outbox row id=%d eventType=%s topic=%s failed (attempt %d): %s",
                message.id, message.eventType, message.topic, message.attempts, message.lastError);
    }
}
