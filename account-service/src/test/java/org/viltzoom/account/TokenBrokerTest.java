package org.viltzoom.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.viltzoom.kernel.testing.ZoomSimulatorTestResource;
import org.viltzoom.localstack.LocalStackTestResource;
import org.viltzoom.zoomsimulator.control.SimulatorControl;
import org.viltzoom.zoomsimulator.faults.FaultRule;

@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "service", value = "account"))
@QuarkusTestResource(ZoomSimulatorTestResource.class)
class TokenBrokerTest {

    private static final String TOKEN_ENDPOINT = "/oauth/token";

    private final String platform = "p-" + UUID.randomUUID().toString().substring(0, 8);
    private final ExecutorService callers = Executors.newFixedThreadPool(20);
    private ZoomSeed zoom;
    private String accountId;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void pairAnAccount() throws Exception {
        zoom = new ZoomSeed().apply();
        accountId = AccountApi.create(platform, "Main");
        AccountApi.pairWithOAuth(platform, accountId, zoom.owner, false).then().statusCode(200);
    }

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    @Test
    void cachedTokenNeedsNoTokenRequest() {
        long before = tokenRequests();

        String first = AccountApi.accessToken(accountId, null).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("zoomAccountId", equalTo(zoom.zoomAccount))
                .body("apiBaseUrl", equalTo(ZoomSimulatorTestResource.simulator().baseUrl() + "/v2"))
                .body("expiresAt", notNullValue())
                .extract().path("accessToken");
        String second = AccountApi.accessToken(accountId, null).then().statusCode(200).extract().path("accessToken");

        assertThat(second).isEqualTo(first);
        assertThat(tokenRequests()).isEqualTo(before);
    }

    @Test
    void hundredCallersShareOneRefresh() throws Exception {
        expireCachedToken();
        long before = tokenRequests();

        List<Response> responses = concurrently(100, () -> AccountApi.accessToken(accountId, null));

        assertThat(responses).allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(200));
        assertThat(responses.stream().map(response -> (String) response.path("accessToken")).distinct()).hasSize(1);
        assertThat(tokenRequests() - before).isEqualTo(1);
        AccountApi.get(platform, accountId).then().body("status", equalTo("PAIRED"));
    }

    /** Zoom returned 401 code 124 for one call, so the callers report the token as rejected. */
    @Test
    void rejectedTokenIsReplacedOnceForConcurrentCallers() throws Exception {
        String rejected = AccountApi.accessToken(accountId, null).then().statusCode(200).extract().path("accessToken");
        long before = tokenRequests();

        List<Response> responses = concurrently(10, () -> AccountApi.accessToken(accountId, rejected));

        assertThat(responses).allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(200));
        assertThat(responses.stream().map(response -> (String) response.path("accessToken")).distinct())
                .hasSize(1)
                .doesNotContain(rejected);
        assertThat(tokenRequests() - before).isEqualTo(1);
    }

    /** Zoom rejects a refresh token after its first use, yet the account stays paired. */
    @Test
    void rotatedRefreshTokenIsStoredAndUsedNext() {
        expireCachedToken();
        String afterFirstRefresh = AccountApi.accessToken(accountId, null).then().statusCode(200).extract().path("accessToken");

        expireCachedToken();
        String afterSecondRefresh = AccountApi.accessToken(accountId, null).then().statusCode(200).extract().path("accessToken");

        assertThat(afterSecondRefresh).isNotEqualTo(afterFirstRefresh);
        AccountApi.get(platform, accountId).then().body("status", equalTo("PAIRED"));
    }

    /** The refresh reaches Zoom, which rotates the token, but its response is lost. */
    @Test
    void lostRefreshResponseUnpairsWithoutRetryLoop() {
        expireCachedToken();
        control().loseNextTokenResponses(1);
        long before = tokenRequests();

        AccountApi.accessToken(accountId, null).then().statusCode(409)
                .body("code", equalTo("account-not-paired"))
                .body("status", equalTo("UNPAIRED"));

        assertThat(tokenRequests() - before).isEqualTo(2);
        AccountApi.get(platform, accountId).then()
                .body("status", equalTo("UNPAIRED"))
                .body("unpairReason", equalTo("TOKEN_REVOKED"));
        assertThat(credentialRows()).isZero();
        AccountApi.accessToken(accountId, null).then().statusCode(409);
        assertThat(tokenRequests() - before).isEqualTo(2);
    }

    @Test
    void tokenRevokedInZoomUnpairsOnNextRefresh() {
        control().revokeTokens(ZoomSimulatorTestResource.OAUTH_APP_ID, zoom.zoomAccount, null);
        expireCachedToken();

        AccountApi.accessToken(accountId, null).then().statusCode(409);

        AccountApi.get(platform, accountId).then().body("unpairReason", equalTo("TOKEN_REVOKED"));
    }

    @Test
    void zoomOAuthOutageIsServiceUnavailable() {
        expireCachedToken();
        FaultRule outage = new FaultRule();
        outage.method = "POST";
        outage.pathPattern = TOKEN_ENDPOINT;
        outage.status = 503;
        outage.times = 2;
        control().addFault(outage);

        AccountApi.accessToken(accountId, null).then().statusCode(503).body("code", equalTo("zoom-unavailable"));

        AccountApi.get(platform, accountId).then().body("status", equalTo("PAIRED"));
        AccountApi.accessToken(accountId, null).then().statusCode(200);
    }

    @Test
    void brokerNeedsAServiceIdentity() {
        AccountApi.admin(platform).body("{}")
                .post("/internal/v1/accounts/{id}/access-token", accountId)
                .then().statusCode(403);
        io.restassured.RestAssured.given().body("{}").contentType("application/json")
                .post("/internal/v1/accounts/{id}/access-token", accountId)
                .then().statusCode(401);
    }

    @Test
    void unknownAccountIsNotFound() {
        AccountApi.accessToken(UUID.randomUUID().toString(), null).then().statusCode(404)
                .body("code", equalTo("account-not-found"));
    }

    private <T> List<T> concurrently(int count, Callable<T> call) throws Exception {
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            futures.add(callers.submit(call));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    private void expireCachedToken() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update zoom_credentials set access_token_expires_at = now() - interval '1 minute' "
                                + "where account_id = cast(:id as uuid)")
                .setParameter("id", accountId)
                .executeUpdate());
    }

    private long credentialRows() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from zoom_credentials where account_id = cast(:id as uuid)")
                .setParameter("id", accountId)
                .getSingleResult()).longValue());
    }

    private static long tokenRequests() {
        return control().countRequests("POST", TOKEN_ENDPOINT);
    }

    private static SimulatorControl control() {
        return ZoomSimulatorTestResource.simulator().control();
    }
}
