package org.viltzoom.kernel.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.viltzoom.kernel.event.DomainEventCatalog;
import org.viltzoom.kernel.event.DomainEventJson;
import org.viltzoom.kernel.event.MalformedEnvelopeException;
import org.viltzoom.kernel.event.Topics;
import org.viltzoom.kernel.event.ZoomNotifications;
import org.viltzoom.kernel.kafka.KafkaClients;

/** Starts and stops the inbox consumers of a service; each runs on a thread of its own. */
@ApplicationScoped
public class InboxConsumers {

    private static final Logger LOG = Logger.getLogger(InboxConsumers.class);
    private static final ObjectMapper NOTIFICATION_READER = new ObjectMapper();

    @Inject
    KafkaClients kafkaClients;

    @Inject
    Inbox inbox;

    @Inject
    DeadLetterPublisher deadLetters;

    @Inject
    InboxSettings settings;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    private final List<InboxConsumer> consumers = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();

    /**
     * Consumes domain events. The group is {@code <application name>.<subscription>}. Envelopes of
     * a type this version does not know are recorded and skipped, because a topic carries several
     * types and newer producers may add some. Envelopes that cannot be read go to the dead-letter
     * topic.
     */
    public InboxConsumer subscribeToDomainEvents(String subscription, List<String> topics, DomainEventHandler handler) {
        MessageIdentity envelopeId = (key, value) -> {
            try {
                return DomainEventJson.readId(value).toString();
            } catch (MalformedEnvelopeException e) {
                throw new PoisonMessageException(e.getMessage(), e);
            }
        };

        MessageHandler envelopeHandler = message -> {
            if (DomainEventCatalog.find(readType(message)).isEmpty()) {
                LOG.warnf("Skipped envelope messageId=%s of unknown type on %s", message.id(), message.topic());
                return;
            }
            try {
                handler.handle(DomainEventJson.read(message.value()));
            } catch (MalformedEnvelopeException e) {
                throw new PoisonMessageException(e.getMessage(), e);
            }
        };

        return subscribe(subscription, topics, envelopeId, envelopeHandler);
    }

    /**
     * Consumes the verified Zoom notifications of the given event types; the other types on the
     * topic belong to other services and are skipped. A body that is not JSON goes to the
     * dead-letter topic.
     */
    public InboxConsumer subscribeToZoomNotifications(String subscription, Set<String> events,
                                                      ZoomNotificationHandler handler) {
        MessageHandler notificationHandler = message -> {
            JsonNode notification;
            try {
                notification = NOTIFICATION_READER.readTree(message.value());
            } catch (JsonProcessingException e) {
                throw new PoisonMessageException("Zoom notification is not valid JSON", e);
            }
            String event = notification == null ? "" : notification.path("event").asText("");
            if (events.contains(event)) {
                handler.handle(event, notification);
            }
        };
        return subscribe(subscription, List.of(Topics.ZOOM_NOTIFICATIONS),
                (key, value) -> ZoomNotifications.contentId(value), notificationHandler);
    }

    /** Consumes records of any format, deduplicated by the given identity. */
    public InboxConsumer subscribe(String subscription, List<String> topics, MessageIdentity identity,
                                   MessageHandler handler) {
        String group = applicationName + "." + subscription;
        InboxConsumer consumer = new InboxConsumer(group, topics, identity, handler,
                kafkaClients.manualCommitConsumer(group, settings.maxPollRecords()), inbox, deadLetters, settings);

        Thread thread = new Thread(consumer, "inbox-" + subscription);
        thread.setDaemon(true);
        consumers.add(consumer);
        threads.add(thread);
        thread.start();
        return consumer;
    }

    /** Names the consumer groups whose loops stopped or stalled; empty when all are live. */
    public List<String> stalledGroups(Instant now) {
        return consumers.stream()
                .filter(consumer -> !consumer.isLive(now))
                .map(InboxConsumer::consumerGroup)
                .toList();
    }

    void onStop(@Observes ShutdownEvent event) {
        consumers.forEach(InboxConsumer::stop);
        for (Thread thread : threads) {
            try {
                thread.join(settings.pollTimeout().toMillis() * 4 + 30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String readType(InboundMessage message) {
        try {
            return DomainEventJson.readType(message.value());
        } catch (MalformedEnvelopeException e) {
            throw new PoisonMessageException(e.getMessage(), e);
        }
    }
}
