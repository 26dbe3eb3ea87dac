package org.viltzoom.host.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.viltzoom.kernel.event.DomainEvent;
import org.viltzoom.kernel.event.DomainEventJson;
import org.viltzoom.kernel.event.EventEnvelope;
import org.viltzoom.kernel.event.Topics;
import org.viltzoom.kernel.event.account.AccountOptions;
import org.viltzoom.kernel.event.account.AccountPaired;
import org.viltzoom.kernel.event.account.AccountSuperseded;
import org.viltzoom.kernel.event.account.AccountUnpaired;
import org.viltzoom.kernel.event.account.PairingMode;
import org.viltzoom.kernel.event.account.UnpairReason;
import org.viltzoom.kernel.testing.ZoomSimulatorTestResource;

/**
 * One account of the tests: a Zoom account in the simulator with its users and a
 * Server-to-Server app whose notifications go through the {@link NotificationRelay}, the
 * broker stand-in's record of it, and account-service's domain events about it on Kafka.
 */
public final class TestAccount {

    public static final String PLATFORM = "production";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static KafkaProducer<String, String> producer;

    public final UUID id = UUID.randomUUID();
    public final String zoomAccountId;
    private final String appId;

    public TestAccount(String zoomAccountId) {
        this.zoomAccountId = zoomAccountId;
        this.appId = "s2s-" + zoomAccountId;
    }

    /** Connects the relay and this helper to the test's Kafka broker. */
    public static synchronized void connect(String bootstrapServers) {
        HostTestResources.relay().connect(bootstrapServers);
        if (producer == null) {
            Properties properties = new Properties();
            properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            properties.put(ProducerConfig.ACKS_CONFIG, "all");
            properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(properties);
        }
    }

    /**
     * Seeds the Zoom account (business plan), its users and its app.
     *
     * @param users seed entries in the simulator's format; {@code account_id} is added
     */
    public TestAccount seed(List<String> users) {
        try {
            ObjectNode seed = JSON.createObjectNode();
            seed.putArray("accounts").addObject().put("id", zoomAccountId).put("name", zoomAccountId)
                    .put("plan", "business");
            ArrayNode userArray = seed.putArray("users");
            for (String user : users) {
                userArray.add(((ObjectNode) JSON.readTree(user)).put("account_id", zoomAccountId));
            }
            ObjectNode app = seed.putArray("apps").addObject();
            app.put("id", appId).put("kind", "SERVER_TO_SERVER").put("client_id", clientId())
                    .put("client_secret", clientSecret()).put("account_id", zoomAccountId)
                    .put("webhook_url", HostTestResources.relay().webhookUrl(clientId()))
                    .put("webhook_secret_token", appId + "-webhook-secret");
            app.putArray("installed_accounts").add(zoomAccountId);
            ZoomSimulatorTestResource.simulator().control().seed(seed.toString());
            return this;
        } catch (IOException e) {
            throw new IllegalArgumentException("invalid user seed", e);
        }
    }

    /** Makes the broker stand-in serve the account's tokens and publishes AccountPaired as account-service does. */
    public void pair() {
        HostTestResources.broker().pair(id, PLATFORM, zoomAccountId, clientId(), clientSecret());
        publish(new AccountPaired(id, zoomAccountId, zoomAccountId, PairingMode.SERVER_TO_SERVER, clientId(),
                new AccountOptions(null, null, null, false, false, null, List.of(), null), Instant.now()));
    }

    public void unpair() {
        HostTestResources.broker().unpair(id, "UNPAIRED");
        publish(new AccountUnpaired(id, zoomAccountId, UnpairReason.UNPAIRED_BY_ADMINISTRATOR, Instant.now()));
    }

    public void supersede() {
        HostTestResources.broker().unpair(id, "SUPERSEDED");
        publish(new AccountSuperseded(id, zoomAccountId, UUID.randomUUID(), "sandbox", Instant.now()));
    }

    public String hostsPath() {
        return "/api/v1/platforms/" + PLATFORM + "/accounts/" + id + "/hosts";
    }

    private String clientId() {
        return appId + "-client";
    }

    private String clientSecret() {
        return appId + "-secret";
    }

    private void publish(DomainEvent event) {
        EventEnvelope<DomainEvent> envelope = EventEnvelope.wrap(UUID.randomUUID(), "urn:vilt-zoom:account-service",
                Instant.now(), PLATFORM, event);
        try {
            producer.send(new ProducerRecord<>(Topics.ACCOUNT, id.toString(), DomainEventJson.write(envelope))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot publish " + event.eventType(), e);
        }
    }
}
