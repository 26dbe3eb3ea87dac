package org.viltzoom.zoomsimulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.viltzoom.zoomsimulator.control.SimulatorControl;
import org.viltzoom.zoomsimulator.webhooks.Delivery;
import org.viltzoom.zoomsimulator.webhooks.DeliveryCounts;
import org.viltzoom.zoomsimulator.webhooks.UrlValidationResult;
import org.viltzoom.zoomsimulator.webhooks.WebhookSignature;

class WebhookContractTest {

    static SimulatorFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = new SimulatorFixture();
        fixture.receiver.secretForPath = path -> path.endsWith("/T2") ? "s2-secret" : "s1-secret";
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @BeforeEach
    void clear() {
        fixture.simulator.control().setClock(SimulatorFixture.T0);
        fixture.simulator.control().clearLogs();
        fixture.receiver.received.clear();
        fixture.receiver.status = 200;
    }

    /** The challenge values for secrets s2-secret and s1-secret with one plainToken. */
    @Test
    void challengeValuesMatchCases() {
        assertThat(WebhookSignature.encryptedToken("s2-secret", "qgg8vlvZRS6UYooatFL8Aw"))
                .isEqualTo("6f06790ddfeeb7603716858e90cc45b62b193feff99fa4331e2172868227a43b");
        assertThat(WebhookSignature.encryptedToken("s1-secret", "qgg8vlvZRS6UYooatFL8Aw"))
                .isEqualTo("c297df6fb2f1388554fa082b30b529f94eea7b23e726f377b2e5fb8dec38157f");
    }

    /** Zoom repeats the challenge about every 72 hours, and a correct endpoint passes again. */
    @Test
    void urlValidationRepeatsAfter72Hours() {
        fixture.simulator.control().validateWebhookUrl("T1", "qgg8vlvZRS6UYooatFL8Aw");

        fixture.simulator.control().advanceClock(Duration.ofHours(71));
        assertThat(fixture.simulator.control().urlValidations()).hasSize(1);
        fixture.simulator.control().advanceClock(Duration.ofHours(1));
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (fixture.simulator.control().urlValidations().size() < 2 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }

        List<UrlValidationResult> validations = fixture.simulator.control().urlValidations();
        assertThat(validations).hasSize(2);
        assertThat(validations).allMatch(UrlValidationResult::validated);
        assertThat(validations.get(1).plainToken()).isNotEqualTo("qgg8vlvZRS6UYooatFL8Aw");
    }

    @Test
    void urlValidationChecksAnswerAndFollowsRotation() {
        UrlValidationResult result = fixture.simulator.control().validateWebhookUrl("T2", "qgg8vlvZRS6UYooatFL8Aw");

        assertThat(result.validated()).isTrue();
        assertThat(result.expectedEncryptedToken()).isEqualTo("6f06790ddfeeb7603716858e90cc45b62b193feff99fa4331e2172868227a43b");
        WebhookReceiver.Received challenge = fixture.receiver.events("endpoint.url_validation").get(0);
        assertThat(challenge.header("x-zm-signature")).isEqualTo(
                WebhookSignature.sign("s2-secret", Long.parseLong(challenge.header("x-zm-request-timestamp")), challenge.body()));

        fixture.simulator.control().rotateWebhookSecret("T2", "s2-rotated");
        assertThat(fixture.simulator.control().validateWebhookUrl("T2", "qgg8vlvZRS6UYooatFL8Aw").validated()).isFalse();
        fixture.receiver.secretForPath = path -> path.endsWith("/T2") ? "s2-rotated" : "s1-secret";
        assertThat(fixture.simulator.control().validateWebhookUrl("T2", "qgg8vlvZRS6UYooatFL8Aw").validated()).isTrue();
        fixture.simulator.control().rotateWebhookSecret("T2", "s2-secret");
        fixture.receiver.secretForPath = path -> path.endsWith("/T2") ? "s2-secret" : "s1-secret";
    }

    @Test
    void notificationIsSignedOverRawBody() throws Exception {
        fixture.simulator.control().setUserStatus("u-e", "inactive");
        WebhookReceiver.Received received = fixture.receiver.await("user.deactivated", 1).get(0);
        fixture.simulator.control().setUserStatus("u-e", "active");

        assertThat(received.path()).isEqualTo("/zoom/webhooks/T1");
        assertThat(received.header("x-zm-request-timestamp")).isEqualTo(Long.toString(SimulatorFixture.T0.getEpochSecond()));
        assertThat(received.header("x-zm-trackingid")).isNotBlank();
        assertThat(received.header("x-zm-signature"))
                .isEqualTo(WebhookSignature.sign("s1-secret", SimulatorFixture.T0.getEpochSecond(), received.body()));
        JsonNode body = Json.MAPPER.readTree(received.body());
        assertThat(body.get("payload").get("object").get("email").asText()).isEqualTo("e@example.com");
        assertThat(body.get("event_ts").asLong()).isEqualTo(SimulatorFixture.T0.toEpochMilli());
    }

    @Test
    void failedDeliveryIsRetriedOnTheClock() {
        fixture.receiver.status = 500;
        fixture.simulator.control().setUserStatus("u-h", "inactive");
        awaitDeactivations(1);

        fixture.simulator.control().advanceClock(Duration.ofMinutes(4));
        assertThat(deactivations(fixture.simulator.control().deliveries())).hasSize(1);
        fixture.simulator.control().advanceClock(Duration.ofMinutes(1));
        awaitDeactivations(2);
        fixture.simulator.control().advanceClock(Duration.ofMinutes(20));
        awaitDeactivations(3);
        fixture.simulator.control().advanceClock(Duration.ofMinutes(60));
        List<Delivery> all = awaitDeactivations(4);
        fixture.simulator.control().advanceClock(Duration.ofHours(5));

        assertThat(deactivations(fixture.simulator.control().deliveries())).hasSize(4);
        assertThat(all).extracting(Delivery::attempt).containsExactly(1, 2, 3, 4);
        assertThat(all).extracting(Delivery::status).containsOnly(500);
        List<WebhookReceiver.Received> bodies = fixture.receiver.events("user.deactivated");
        assertThat(bodies).extracting(WebhookReceiver.Received::text).containsOnly(bodies.get(0).text());
        assertThat(bodies).extracting(r -> r.header("x-zm-trackingid")).doesNotHaveDuplicates();
        fixture.receiver.status = 200;
        fixture.simulator.control().setUserStatus("u-h", "active");
    }

    @Test
    void slowEndpointCountsAsFailure() {
        fixture.receiver.delayMs = 400;
        fixture.simulator.control().setWebhookTimeout(Duration.ofMillis(100));
        fixture.simulator.control().setUserStatus("u-h", "inactive");
        List<Delivery> deliveries = awaitDeactivations(1);
        fixture.simulator.control().setWebhookTimeout(Duration.ofSeconds(3));
        fixture.receiver.delayMs = 0;
        fixture.simulator.control().setUserStatus("u-h", "active");

        assertThat(deliveries.get(0).delivered()).isFalse();
        assertThat(deliveries.get(0).status()).isZero();
    }

    @Test
    void concurrentDeliveryKeepsToItsLimit() {
        fixture.receiver.delayMs = 150;
        fixture.receiver.mostInFlight.set(0);
        fixture.simulator.control().setWebhookConcurrency(3);
        try {
            for (int i = 0; i < 9; i++) {
                fixture.simulator.control().sendNotification("T1", SimulatorControl.envelope("meeting.participant_joined",
                        SimulatorFixture.T0, "acc-1", Json.object().put("id", Integer.toString(i))));
            }
            fixture.simulator.control().awaitDeliveries(list -> list.size() >= 9, Duration.ofSeconds(5));
        } finally {
            fixture.simulator.control().setWebhookConcurrency(1);
            fixture.receiver.delayMs = 0;
        }

        assertThat(fixture.receiver.mostInFlight.get()).isEqualTo(3);
        DeliveryCounts counts = fixture.simulator.control().deliveryCounts();
        assertThat(counts.attempts()).isEqualTo(9);
        assertThat(counts.delivered()).isEqualTo(9);
    }

    @Test
    void concurrencyOutsideItsRangeIsRefused() {
        assertThatThrownBy(() -> fixture.simulator.control().setWebhookConcurrency(0))
                .hasMessage("Webhook concurrency must be between 1 and 64, not 0");
        assertThatThrownBy(() -> fixture.simulator.control().setWebhookConcurrency(65))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Delivery> deactivations(List<Delivery> deliveries) {
        return deliveries.stream().filter(delivery -> delivery.event().equals("user.deactivated")).toList();
    }

    private static List<Delivery> awaitDeactivations(int count) {
        return deactivations(fixture.simulator.control().awaitDeliveries(
                list -> deactivations(list).size() >= count, Duration.ofSeconds(5)));
    }

    @Test
    void meetingDeletedInZoomNotifies() throws Exception {
        String token = fixture.adminToken();
        long id = SimulatorFixture.json(fixture.send(token, "POST", "/v2/users/me/meetings",
                "{\"topic\":\"to delete\",\"password\":\"abc12345\"}")).get("id").asLong();

        fixture.simulator.control().deleteMeetingInZoom(id);

        JsonNode body = Json.MAPPER.readTree(fixture.receiver.await("meeting.deleted", 1).get(0).body());
        assertThat(body.get("payload").get("object").get("id").isIntegralNumber()).isTrue();
        assertThat(body.get("payload").get("object").get("id").asLong()).isEqualTo(id);
        assertThat(fixture.get(token, "/v2/meetings/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void userUpdatedCarriesOldValues() throws Exception {
        org.viltzoom.zoomsimulator.control.UserChanges changes = new org.viltzoom.zoomsimulator.control.UserChanges();
        changes.type = 1;
        fixture.simulator.control().updateUser("u-basic", changes);
        JsonNode payload = Json.MAPPER.readTree(fixture.receiver.await("user.updated", 1).get(0).body()).get("payload");
        assertThat(payload.get("object").get("id").asText()).isEqualTo("u-basic");
        assertThat(payload.get("old_object").get("id").asText()).isEqualTo("u-basic");
    }

    @Test
    void deauthorizationRevokesAndNotifies() throws Exception {
        String token = fixture.adminToken();
        fixture.simulator.control().deauthorizeApp("T1", "acc-1", "u-a");
        JsonNode payload = Json.MAPPER.readTree(fixture.receiver.await("app_deauthorized", 1).get(0).body()).get("payload");
        assertThat(payload.get("account_id").asText()).isEqualTo("acc-1");
        assertThat(payload.get("client_id").asText()).isEqualTo("t1-client");
        assertThat(payload.get("deauthorization_time").asText()).isEqualTo("2026-05-01T08:00:00Z");
        assertThat(fixture.get(token, "/v2/users/me").statusCode()).isEqualTo(401);

        fixture.adminToken();
    }
}
