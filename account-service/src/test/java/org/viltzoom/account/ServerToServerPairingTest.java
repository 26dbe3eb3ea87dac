package org.viltzoom.account;

import static org.hamcrest.Matchers.equalTo;
import static org.viltzoom.account.AccountApi.admin;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.viltzoom.kernel.testing.ZoomSimulatorTestResource;
import org.viltzoom.localstack.LocalStackTestResource;

@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "service", value = "account"))
@QuarkusTestResource(ZoomSimulatorTestResource.class)
class ServerToServerPairingTest {

    private final String platform = "p-" + UUID.randomUUID().toString().substring(0, 8);
    private ZoomSeed zoom;

    @BeforeEach
    void seedZoom() {
        zoom = new ZoomSeed().apply();
    }

    @Test
    void validCredentialsPairTheAccountAndIssueTokens() {
        String id = AccountApi.create(platform, "Self-hosted");

        pair(id, ZoomSeed.S2S_CLIENT_SECRET)
                .then().statusCode(200)
                .body("status", equalTo("PAIRED"))
                .body("pairingMode", equalTo("SERVER_TO_SERVER"))
                .body("zoomAccountId", equalTo(zoom.otherZoomAccount));

        AccountApi.accessToken(id, null).then().statusCode(200).body("zoomAccountId", equalTo(zoom.otherZoomAccount));
        AccountApi.accessToken(id, AccountApi.accessToken(id, null).path("accessToken")).then().statusCode(200);
    }

    @Test
    void wrongSecretIsRejectedAndStatusUnchanged() {
        String id = AccountApi.create(platform, "Self-hosted");

        pair(id, "not-the-secret")
                .then().statusCode(400)
                .body("code", equalTo("invalid-client-credentials"));

        AccountApi.get(platform, id).then().body("status", equalTo("PAIRING_REQUIRED"));
    }

    @Test
    void missingFieldsAreFieldErrors() {
        String id = AccountApi.create(platform, "Self-hosted");

        admin(platform).body(Map.of("zoomAccountId", zoom.otherZoomAccount, "clientId", zoom.s2sClientId))
                .post("/api/v1/platforms/{platform}/accounts/{id}/server-to-server-pairing", platform, id)
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("clientSecret", "webhookSecretToken"));
    }

    @Test
    void webhookSecretOfTheAppIsResolvable() {
        String id = AccountApi.create(platform, "Self-hosted");
        pair(id, ZoomSeed.S2S_CLIENT_SECRET).then().statusCode(200);

        AccountApi.service().get("/internal/v1/zoom-apps/{appId}/webhook-secret", zoom.s2sClientId)
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("secretToken", equalTo(ZoomSeed.S2S_WEBHOOK_SECRET));
    }

    @Test
    void webhookSecretOfTheOAuthAppIsResolvable() {
        AccountApi.service().get("/internal/v1/zoom-apps/{appId}/webhook-secret", ZoomSimulatorTestResource.OAUTH_CLIENT_ID)
                .then().statusCode(200)
                .body("secretToken", equalTo(ZoomSimulatorTestResource.OAUTH_WEBHOOK_SECRET));
    }

    @Test
    void webhookSecretOfUnknownAppIsNotFound() {
        AccountApi.service().get("/internal/v1/zoom-apps/{appId}/webhook-secret", "no-such-app")
                .then().statusCode(404).body("code", equalTo("unknown-zoom-app"));
    }

    @Test
    void webhookSecretNeedsServiceIdentity() {
        admin(platform).get("/internal/v1/zoom-apps/{appId}/webhook-secret", ZoomSimulatorTestResource.OAUTH_CLIENT_ID)
                .then().statusCode(403);
    }

    private io.restassured.response.Response pair(String id, String secret) {
        return admin(platform).body(Map.of(
                        "zoomAccountId", zoom.otherZoomAccount,
                        "clientId", zoom.s2sClientId,
                        "clientSecret", secret,
                        "webhookSecretToken", ZoomSeed.S2S_WEBHOOK_SECRET))
                .post("/api/v1/platforms/{platform}/accounts/{id}/server-to-server-pairing", platform, id);
    }
}
