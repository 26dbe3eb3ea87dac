package org.viltzoom.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.viltzoom.account.AccountApi.admin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.viltzoom.kernel.testing.ZoomSimulatorTestResource;
import org.viltzoom.localstack.LocalStackTestResource;

@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "service", value = "account"))
@QuarkusTestResource(ZoomSimulatorTestResource.class)
class OAuthPairingTest {

    private final String platform = "p-" + UUID.randomUUID().toString().substring(0, 8);
    private ZoomSeed zoom;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void seedZoom() {
        zoom = new ZoomSeed().apply();
    }

    @Test
    void authorizeUrlCarriesClientRedirectAndSignedState() {
        String id = AccountApi.create(platform, "Main");

        String authorizeUrl = AccountApi.startOAuthPairing(platform, id, false)
                .then().statusCode(200).extract().path("authorizeUrl");

        assertThat(authorizeUrl).startsWith(ZoomSimulatorTestResource.simulator().baseUrl() + "/oauth/authorize?");
        assertThat(authorizeUrl).contains("response_type=code", "client_id=" + ZoomSimulatorTestResource.OAUTH_CLIENT_ID,
                "redirect_uri=", "state=");
    }

    @Test
    void ownerConsentPairsTheAccount() throws Exception {
        String id = AccountApi.create(platform, "Main");

        AccountApi.pairWithOAuth(platform, id, zoom.owner, false)
                .then().statusCode(200)
                .body("status", equalTo("PAIRED"))
                .body("zoomAccountId", equalTo(zoom.zoomAccount))
                .body("pairingMode", equalTo("OAUTH"))
                .body("missingScopes", empty());

        assertThat(outboxTypes(id)).contains("vilt.account.paired.v1");
        assertThat(storedRefreshToken(id)).startsWith("v1:");
    }

    @Test
    void adminConsentPairsTheAccount() throws Exception {
        String id = AccountApi.create(platform, "Main");

        AccountApi.pairWithOAuth(platform, id, zoom.admin, false).then().statusCode(200).body("status", equalTo("PAIRED"));
    }

    @Test
    void memberConsentIsRejectedAndStatusUnchanged() throws Exception {
        String id = AccountApi.create(platform, "Main");

        AccountApi.pairWithOAuth(platform, id, zoom.member, false)
                .then().statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("zoom-user-not-admin"))
                .body("detail", containsString("Member"));

        AccountApi.get(platform, id).then().body("status", equalTo("PAIRING_REQUIRED"));
        assertThat(outboxTypes(id)).isEmpty();
    }

    @Test
    void stateWorksOnlyOnce() throws Exception {
        String id = AccountApi.create(platform, "Main");
        String authorizeUrl = AccountApi.startOAuthPairing(platform, id, false).then().extract().path("authorizeUrl");
        URI redirect = AccountApi.consentAs(authorizeUrl, zoom.owner);

        AccountApi.callback(redirect).then().statusCode(200);
        AccountApi.callback(redirect).then().statusCode(400).body("code", equalTo("state-expired-or-used"));
    }

    @Test
    void forgedStateIsRejected() {
        io.restassured.RestAssured.given()
                .queryParam("code", "any").queryParam("state", "bm9uY2U.c2lnbmF0dXJl")
                .get("/api/v1/zoom/oauth/callback")
                .then().statusCode(400).body("code", equalTo("invalid-state"));
    }

    @Test
    void pairingElsewhereConflictNamesHolder() throws Exception {
        String otherPlatform = platform + "-sandbox";
        String holder = AccountApi.create(otherPlatform, "Sandbox rooms");
        AccountApi.pairWithOAuth(otherPlatform, holder, zoom.owner, false).then().statusCode(200);
        String newcomer = AccountApi.create(platform, "Production rooms");

        AccountApi.pairWithOAuth(platform, newcomer, zoom.owner, false)
                .then().statusCode(409)
                .body("code", equalTo("zoom-account-paired-elsewhere"))
                .body("holderPlatform", equalTo(otherPlatform))
                .body("holderAccountId", equalTo(holder))
                .body("detail", containsString("overwrite=true"));

        AccountApi.get(platform, newcomer).then().body("status", equalTo("PAIRING_REQUIRED"));
        AccountApi.get(otherPlatform, holder).then().body("status", equalTo("PAIRED"));
    }

    @Test
    void overwriteConfirmationSupersedesTheHolder() throws Exception {
        String otherPlatform = platform + "-sandbox";
        String holder = AccountApi.create(otherPlatform, "Sandbox rooms");
        AccountApi.pairWithOAuth(otherPlatform, holder, zoom.owner, false).then().statusCode(200);
        String newcomer = AccountApi.create(platform, "Production rooms");

        AccountApi.pairWithOAuth(platform, newcomer, zoom.owner, true).then().statusCode(200)
                .body("status", equalTo("PAIRED"));

        AccountApi.get(otherPlatform, holder).then()
                .body("status", equalTo("SUPERSEDED"))
                .body("supersededByAccountId", equalTo(newcomer))
                .body("supersededByPlatform", equalTo(platform));
        assertThat(outboxTypes(holder)).contains("vilt.account.superseded.v1");
        assertThat(storedRefreshToken(holder)).isNull();
    }

    @Test
    void unpairThenPairAgain() throws Exception {
        String id = AccountApi.create(platform, "Main");
        AccountApi.pairWithOAuth(platform, id, zoom.owner, false).then().statusCode(200);

        admin(platform).post("/api/v1/platforms/{platform}/accounts/{id}/unpair", platform, id)
                .then().statusCode(200)
                .body("status", equalTo("UNPAIRED"))
                .body("unpairReason", equalTo("UNPAIRED_BY_ADMINISTRATOR"));
        assertThat(storedRefreshToken(id)).isNull();
        AccountApi.accessToken(id, null).then().statusCode(409).body("code", equalTo("account-not-paired"));

        AccountApi.pairWithOAuth(platform, id, zoom.owner, false).then().statusCode(200).body("status", equalTo("PAIRED"));
        assertThat(outboxTypes(id)).containsSubsequence(
                "vilt.account.paired.v1", "vilt.account.unpaired.v1", "vilt.account.paired.v1");
    }

    @Test
    void missingScopesAreShown() throws Exception {
        zoom.apply("[\"user:read:admin\", \"meeting:read:admin\", \"meeting:write:admin\"]");
        String id = AccountApi.create(platform, "Narrow app");

        AccountApi.pairWithOAuth(platform, id, zoom.owner, false).then().statusCode(200)
                .body("status", equalTo("PAIRED"))
                .body("missingScopes", org.hamcrest.Matchers.hasItems("webinar:write:admin", "recording:read:admin"));

        AccountApi.accessToken(id, null).then().statusCode(409)
                .body("code", equalTo("missing-scopes"))
                .body("missingScopes", org.hamcrest.Matchers.hasItem("report:read:admin"));
        assertThat(storedAccessToken(id)).isNull();
    }

    @Test
    void settingsChangeOfAPairedAccountIsPublished() throws Exception {
        String id = AccountApi.create(platform, "Main");
        AccountApi.pairWithOAuth(platform, id, zoom.owner, false).then().statusCode(200);

        admin(platform).header("If-Match", AccountApi.etag(platform, id))
                .body(java.util.Map.of("maxConcurrentRooms", 3))
                .put("/api/v1/platforms/{platform}/accounts/{id}/limits", platform, id)
                .then().statusCode(200);

        assertThat(outboxTypes(id)).contains("vilt.account.settings-changed.v1");
    }

    private List<String> outboxTypes(String accountId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select event_type from outbox_message where message_key = :key order by id", String.class)
                .setParameter("key", accountId)
                .getResultList());
    }

    private String storedRefreshToken(String accountId) {
        return storedColumn(accountId, "refresh_token");
    }

    private String storedAccessToken(String accountId) {
        return storedColumn(accountId, "access_token");
    }

    private String storedColumn(String accountId, String column) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = entityManager.createNativeQuery(
                            "select " + column + " from zoom_credentials where account_id = cast(:id as uuid)")
                    .setParameter("id", accountId)
                    .getResultList();
            return rows.isEmpty() ? null : (String) rows.get(0);
        });
    }
}
