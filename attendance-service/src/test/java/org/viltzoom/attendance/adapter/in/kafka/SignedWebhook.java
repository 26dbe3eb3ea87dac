package org.viltzoom.attendance.adapter.in.kafka;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Posts notifications to the webhook endpoint signed as Zoom signs them: HMAC-SHA256 over {@code v0:ts:body}. */
final class SignedWebhook {

    private final String appId;
    private final String secret;

    SignedWebhook(String appId, String secret) {
        this.appId = appId;
        this.secret = secret;
    }

    ValidatableResponse deliver(String body) {
        long timestamp = Instant.now().getEpochSecond();
        return given().header("x-zm-request-timestamp", Long.toString(timestamp))
                .header("x-zm-signature", "v0=" + hmacHex("v0:" + timestamp + ":" + body))
                .header("x-zm-trackingid", "v=1.0;tracking=" + UUID.randomUUID())
                .contentType("application/json; charset=utf-8")
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post("/zoom/webhooks/{appId}", appId)
                .then();
    }

    private String hmacHex(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
