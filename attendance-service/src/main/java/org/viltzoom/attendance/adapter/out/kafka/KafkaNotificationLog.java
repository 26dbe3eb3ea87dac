package org.viltzoom.attendance.adapter.out.kafka;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.viltzoom.attendance.application.port.out.NotificationLog;
import org.viltzoom.kernel.event.Topics;
import org.viltzoom.kernel.event.ZoomNotifications;
import org.viltzoom.kernel.kafka.KafkaClients;

/**
 * Appends verified notifications to {@code zoom.notifications.v1} with an idempotent producer
 * and {@code acks=all}. The delivery timeout stays well inside Zoom's 3 seconds, so that a
 * broker outage turns into a 503, which Zoom retries, and never into a lost notification.
 */
@ApplicationScoped
class KafkaNotificationLog implements NotificationLog {

    @Inject
    KafkaClients kafkaClients;

    @ConfigProperty(name = "vilt.webhook.kafka-delivery-timeout", defaultValue = "2000")
    long deliveryTimeoutMillis;

    /** {@code send} may block while it fetches metadata; that must not happen on the event loop. */
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "zoom-notification-sender");
        thread.setDaemon(true);
        return thread;
    });

    private volatile KafkaProducer<String, byte[]> producer;

    void onStart(@Observes StartupEvent event) {
        producer = kafkaClients.reliableBytesProducer("zoom-notifications", deliveryTimeoutMillis);
    }

    void onStop(@Observes ShutdownEvent event) {
        sender.shutdown();
        if (producer != null) {
            producer.close();
        }
    }

    @Override
    public CompletionStage<Void> append(String appId, String zoomAccountId, byte[] body, Instant receivedAt) {
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.ZOOM_NOTIFICATIONS, zoomAccountId, body);
        record.headers().add(ZoomNotifications.APP_ID_HEADER, appId.getBytes(StandardCharsets.UTF_8));
        record.headers().add(ZoomNotifications.RECEIVED_AT_HEADER, receivedAt.toString().getBytes(StandardCharsets.UTF_8));

        sender.execute(() -> {
            try {
                producer.send(record, (metadata, failure) -> {
                    if (failure == null) {
                        acknowledged.complete(null);
                    } else {
                        acknowledged.completeExceptionally(failure);
                    }
                });
            } catch (RuntimeException e) {
                acknowledged.completeExceptionally(e);
            }
        });
        return acknowledged;
    }
}
