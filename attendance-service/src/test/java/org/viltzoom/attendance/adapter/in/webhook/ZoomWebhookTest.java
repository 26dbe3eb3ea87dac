package org.viltzoom.attendance.adapter.in.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.viltzoom.attendance.WebhookSecretsStandIn;
import org.viltzoom.kernel.event.Topics;
import org.viltzoom.kernel.event.ZoomNotifications;
import org.viltzoom.localstack.LocalStackTestResource;

@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "service", value = "attendance"))
@QuarkusTestResource(WebhookSecretsStandIn.class)
class ZoomWebhookTest {

    private static final String VALIDATION_BODY =
            "{\"event\":\"endpoint.url_validation\",\"payload\":{\"plainToken\":\"qgg8vlvZRS6UYooatFL8Aw\"},\"event_ts\":1715000000000}";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final String t1 = "T1-" + UUID.randomUUID();
    private final String t2 = "T2-" + UUID.randomUUID();

    @BeforeEach
    void registerApps() {
        WebhookSecretsStandIn.SECRETS.put(t1, "s1-secret");
        WebhookSecretsStandIn.SECRETS.put(t2, "s2-secret");
    }

    /** The expected values are HMAC-SHA256("s2-secret" or "s1-secret", plainToken) in hex. */
    @Test
    void urlValidationUsesEachAppsSecret() {
        deliver(t2, VALIDATION_BODY, "s2-secret", now())
                .statusCode(200)
                .body("plainToken", equalTo("qgg8vlvZRS6UYooatFL8Aw"))
                .body("encryptedToken", equalTo("6f06790ddfeeb7603716858e90cc45b62b193feff99fa4331e2172868227a43b"));
        deliver(t1, VALIDATION_BODY, "s1-secret", now())
                .statusCode(200)
                .body("encryptedToken", equalTo("c297df6fb2f1388554fa082b30b529f94eea7b23e726f377b2e5fb8dec38157f"));
    }

    @Test
    void repeatedValidationGetsTheSameAnswer() {
        for (int repeat = 0; repeat < 3; repeat++) {
            deliver(t2, VALIDATION_BODY, "s2-secret", now())
                    .statusCode(200)
                    .body("encryptedToken", equalTo("6f06790ddfeeb7603716858e90cc45b62b193feff99fa4331e2172868227a43b"));
        }
    }

    @Test
    void unknownAppIsNotFound() {
        deliver("no-such-app", VALIDATION_BODY, "s2-secret", now())
                .statusCode(404)
                .body("code", equalTo("unknown-zoom-app"));
    }

    @Test
    void rotatedSecretTakesEffectForBothChecks() {
        deliver(t2, VALIDATION_BODY, "s2-secret", now()).statusCode(200);
        WebhookSecretsStandIn.SECRETS.put(t2, "s2-rotated");

        deliver(t2, VALIDATION_BODY, "s2-rotated", now())
                .statusCode(200)
                .body("encryptedToken", equalTo(hmacHex("s2-rotated", "qgg8vlvZRS6UYooatFL8Aw")));
        deliver(t2, notification("user.updated", "acc-rot"), "s2-rotated", now()).statusCode(204);
        deliver(t2, notification("user.updated", "acc-rot"), "s2-secret", now()).statusCode(401);
    }

    @Test
    void verifiedNotificationIsStoredByteForByte() {
        String marker = UUID.randomUUID().toString();
        String body = "{\"event\":\"meeting.participant_joined\",\"event_ts\":1715000000000,\"payload\":{\"account_id\":\"acc-"
                + marker + "\",\"object\":{\"id\":\"85000000001\",\"participant\":{\"user_name\":\"Zoë Ångström 学生\"}}}}";

        deliver(t1, body, "s1-secret", now()).statusCode(204);

        ConsumerRecord<String, byte[]> stored = awaitStored(marker);
        assertThat(new String(stored.value(), StandardCharsets.UTF_8)).isEqualTo(body);
        assertThat(stored.key()).isEqualTo("acc-" + marker);
        assertThat(new String(stored.headers().lastHeader(ZoomNotifications.APP_ID_HEADER).value(), StandardCharsets.UTF_8))
                .isEqualTo(t1);
    }

    @Test
    void unusedNotificationTypeStillGets204() {
        deliver(t1, notification("webinar.sharing_started", "acc-unused"), "s1-secret", now()).statusCode(204);
    }

    @Test
    void alteredBodyIsRejected() {
        String body = notification("meeting.participant_left", "acc-1");
        long timestamp = now();
        given().header("x-zm-request-timestamp", Long.toString(timestamp))
                .header("x-zm-signature", sign("s1-secret", timestamp, body))
                .contentType("application/json")
                .body(body.replace("acc-1", "acc-2"))
                .post("/zoom/webhooks/{appId}", t1)
                .then().statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("signature-invalid"));
    }

    @Test
    void alteredTimestampIsRejected() {
        String body = notification("meeting.participant_left", "acc-1");
        long timestamp = now();
        given().header("x-zm-request-timestamp", Long.toString(timestamp + 1))
                .header("x-zm-signature", sign("s1-secret", timestamp, body))
                .body(body)
                .post("/zoom/webhooks/{appId}", t1)
                .then().statusCode(401).body("code", equalTo("signature-invalid"));
    }

    @Test
    void wrongSecretIsRejected() {
        deliver(t1, notification("meeting.ended", "acc-1"), "s2-secret", now())
                .statusCode(401).body("code", equalTo("signature-invalid"));
    }

    @Test
    void replayedOldTimestampIsRejected() {
        long sixMinutesAgo = Instant.now().minus(Duration.ofMinutes(6)).getEpochSecond();

        deliver(t1, notification("meeting.ended", "acc-1"), "s1-secret", sixMinutesAgo)
                .statusCode(401).body("code", equalTo("timestamp-out-of-window"));
    }

    @Test
    void nonNumericTimestampIsRejected() {
        given().header("x-zm-request-timestamp", "yesterday")
                .header("x-zm-signature", "v0=" + "0".repeat(64))
                .body(notification("meeting.ended", "acc-1")).post("/zoom/webhooks/{appId}", t1)
                .then().statusCode(401).body("code", equalTo("timestamp-invalid"));
    }

    @Test
    void missingHeadersAreRejected() {
        given().body(notification("meeting.ended", "acc-1")).post("/zoom/webhooks/{appId}", t1)
                .then().statusCode(401).body("code", equalTo("signature-missing"));
        given().header("x-zm-request-timestamp", Long.toString(now()))
                .body(notification("meeting.ended", "acc-1")).post("/zoom/webhooks/{appId}", t1)
                .then().statusCode(401).body("code", equalTo("signature-missing"));
    }

    @Test
    void malformedSignatureIsRejected() {
        given().header("x-zm-request-timestamp", Long.toString(now()))
                .header("x-zm-signature", "v0=not-hex")
                .body(notification("meeting.ended", "acc-1"))
                .post("/zoom/webhooks/{appId}", t1)
                .then().statusCode(401);
    }

    @Test
    void oversizedBodyIsRejected() {
        String huge = "{\"event\":\"meeting.ended\",\"padding\":\"" + "x".repeat(600 * 1024) + "\"}";

        deliver(t1, huge, "s1-secret", now()).statusCode(413).body("code", equalTo("body-too-large"));
    }

    @Test
    void signedNonJsonIsBadRequest() {
        deliver(t1, "not json at all", "s1-secret", now())
                .statusCode(400).body("code", equalTo("malformed-notification"));
    }

    private static ValidatableResponse deliver(String appId, String body, String secret, long timestamp) {
        return given().header("x-zm-request-timestamp", Long.toString(timestamp))
                .header("x-zm-signature", sign(secret, timestamp, body))
                .header("x-zm-trackingid", "v=1.0;tracking=" + UUID.randomUUID())
                .contentType("application/json; charset=utf-8")
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post("/zoom/webhooks/{appId}", appId)
                .then();
    }

    private static String notification(String event, String zoomAccountId) {
        return "{\"event\":\"" + event + "\",\"event_ts\":" + System.currentTimeMillis()
                + ",\"payload\":{\"account_id\":\"" + zoomAccountId + "\",\"object\":{\"id\":\"85000000001\"}}}";
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    private static String sign(String secret, long timestamp, String body) {
        return "v0=" + hmacHex(secret, "v0:" + timestamp + ":" + body);
    }

    private static String hmacHex(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private ConsumerRecord<String, byte[]> awaitStored(String marker) {
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", bootstrapServers,
                "group.id", "webhook-test-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest",
                "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", ByteArrayDeserializer.class.getName()))) {
            consumer.subscribe(List.of(Topics.ZOOM_NOTIFICATIONS));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (new String(record.value(), StandardCharsets.UTF_8).contains(marker)) {
                        return record;
                    }
                    seen.add(record);
                }
            }
        }
        throw new AssertionError("notification " + marker + " not on the topic; saw " + seen.size() + " others");
    }
}
