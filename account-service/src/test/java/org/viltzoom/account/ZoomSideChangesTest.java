package org.viltzoom.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.viltzoom.account.application.port.in.VerifyPairings;
import org.viltzoom.kernel.event.Topics;
import org.viltzoom.kernel.testing.ZoomSimulatorTestResource;
import org.viltzoom.localstack.LocalStackTestResource;
import org.viltzoom.zoomsimulator.control.UserChanges;

/** What changes in Zoom without the administrator: the app removed, admin rights lost. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "service", value = "account"))
@QuarkusTestResource(ZoomSimulatorTestResource.class)
class ZoomSideChangesTest {

    private final String platform = "p-" + UUID.randomUUID().toString().substring(0, 8);
    private ZoomSeed zoom;
    private String id;

    @Inject
    EntityManager entityManager;

    @Inject
    VerifyPairings verifier;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void pairAnAccount() throws Exception {
        zoom = new ZoomSeed().apply();
        id = AccountApi.create(platform, "Main");
        AccountApi.pairWithOAuth(platform, id, zoom.owner, false).then().statusCode(200);
    }

    /** Delivered twice, as Zoom's retries deliver it. */
    @Test
    void appDeauthorizedUnpairsAndDeletesTokens() {
        String notification = """
                {"event":"app_deauthorized","event_ts":1715000000000,"payload":{"account_id":"%s","user_id":"%s",
                 "signature":"sig","deauthorization_time":"2026-12-04T10:00:00Z","client_id":"%s"}}
                """.formatted(zoom.zoomAccount, zoom.owner, ZoomSimulatorTestResource.OAUTH_CLIENT_ID);

        publishNotification(notification);
        publishNotification(notification);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                AccountApi.get(platform, id).then()
                        .body("status", equalTo("UNPAIRED"))
                        .body("unpairReason", equalTo("APP_REMOVED")));
        assertThat(count("select count(*) from zoom_credentials where account_id = cast(:id as uuid)")).isZero();
        assertThat(count("select count(*) from outbox_message where message_key = :id and event_type = 'vilt.account.unpaired.v1'"))
                .isEqualTo(1);
    }

    @Test
    void deauthorizationOfAnotherAppChangesNothing() {
        publishNotification("""
                {"event":"app_deauthorized","event_ts":1715000000000,"payload":{"account_id":"%s","client_id":"another-app"}}
                """.formatted(zoom.zoomAccount));
        publishNotification("{\"event\":\"user.updated\",\"payload\":{\"account_id\":\"%s\"}}".formatted(zoom.zoomAccount));

        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                AccountApi.get(platform, id).then().body("status", equalTo("PAIRED")));
    }

    @Test
    void checkUnpairsDemotedAuthorizer() {
        UserChanges demotion = new UserChanges();
        demotion.roleName = "Member";
        ZoomSimulatorTestResource.simulator().control().updateUser(zoom.owner, demotion);

        verifier.verifyAll();

        AccountApi.get(platform, id).then()
                .body("status", equalTo("UNPAIRED"))
                .body("unpairReason", equalTo("ADMIN_RIGHTS_LOST"));
    }

    @Test
    void periodicCheckKeepsAWorkingPairing() {
        verifier.verifyAll();

        AccountApi.get(platform, id).then().body("status", equalTo("PAIRED"));
    }

    private void publishNotification(String body) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                "bootstrap.servers", bootstrapServers,
                "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(Topics.ZOOM_NOTIFICATIONS, zoom.zoomAccount, body)).get();
        } catch (Exception e) {
            throw new AssertionError("publishing a notification failed", e);
        }
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter("id", id).getSingleResult()).longValue());
    }
}
