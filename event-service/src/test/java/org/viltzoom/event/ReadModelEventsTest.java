package org.viltzoom.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.viltzoom.event.testing.EventApi;
import org.viltzoom.event.testing.ZoomWorld;
import org.viltzoom.kernel.event.DomainEvent;
import org.viltzoom.kernel.event.DomainEventJson;
import org.viltzoom.kernel.event.EventEnvelope;
import org.viltzoom.kernel.event.Topics;
import org.viltzoom.kernel.event.account.AccountOptions;
import org.viltzoom.kernel.event.account.AccountPaired;
import org.viltzoom.kernel.event.account.AccountUnpaired;
import org.viltzoom.kernel.event.account.PairingMode;
import org.viltzoom.kernel.event.account.UnpairReason;
import org.viltzoom.kernel.event.host.HostPaired;
import org.viltzoom.kernel.event.host.HostUnpaired;
import org.viltzoom.kernel.event.host.HostUnpairReason;

/** The read models follow account-service's and host-service's domain events on Kafka. */
@QuarkusTest
class ReadModelEventsTest extends AcceptanceTestBase {

    @Test
    void accountAndHostsFromKafkaAllowScheduling() {
        ZoomWorld world = ZoomWorld.create(changes, 1, null);
        UUID accountId = UUID.randomUUID();
        UUID hostId = UUID.randomUUID();
        EventApi.broker().pair(accountId, ZoomWorld.PLATFORM, world.zoomAccount, "s2s-client-" + world.suffix,
                "s2s-secret-" + world.suffix);
        publish(Topics.ACCOUNT, new AccountPaired(accountId, "Academy", world.zoomAccount, PairingMode.SERVER_TO_SERVER,
                "s2s-client-" + world.suffix, new AccountOptions(null, null, 3, false, false, null,
                List.of(world.template), world.template), Instant.now()));
        publish(Topics.HOST, new HostPaired(hostId, accountId, world.lmsUser("host0"), world.email("host0"), "Hanna",
                "Host", world.zoomUser("host0"), true, Instant.now()));

        var body = world.event(LocalDate.now().plusDays(10));
        body.put("accountId", accountId.toString());
        body.put("hostId", hostId.toString());
        await().atMost(Duration.ofSeconds(20)).until(() -> EventApi.create(body).statusCode() == 201);
    }

    @Test
    void unpairedAccountInvalidatesFutureEvents() {
        ZoomWorld world = ZoomWorld.create(changes, 2, null);
        String id = EventApi.created(world.event(LocalDate.now().plusDays(10)));

        publish(Topics.ACCOUNT, new AccountUnpaired(world.accountId, world.zoomAccount, UnpairReason.APP_REMOVED,
                Instant.now()));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> "INVALIDATED".equals(EventApi.get(id).path("status")));
    }

    @Test
    void unpairedHostFlagsFutureEvents() {
        ZoomWorld world = ZoomWorld.create(changes, 2, null);
        String id = EventApi.created(world.event(LocalDate.now().plusDays(10)));
        var host = world.host("host0");

        publish(Topics.HOST, new HostUnpaired(host.hostId(), world.accountId, host.lmsUserId(), host.email(),
                host.zoomUserId(), HostUnpairReason.DEACTIVATED, true, Instant.now()));

        await().atMost(Duration.ofSeconds(20)).until(() -> Boolean.TRUE.equals(EventApi.get(id).path("hostFlagged")));
        assertThat((String) EventApi.get(id).path("status")).isEqualTo("SCHEDULED");
    }

    private static void publish(String topic, DomainEvent event) {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            EventEnvelope<DomainEvent> envelope = EventEnvelope.wrap(UUID.randomUUID(), "urn:vilt-zoom:test",
                    Instant.now(), ZoomWorld.PLATFORM, event);
            producer.send(new ProducerRecord<>(topic, envelope.subject(), DomainEventJson.write(envelope))).get();
        } catch (Exception e) {
            throw new AssertionError("publishing to " + topic + " failed", e);
        }
    }
}
