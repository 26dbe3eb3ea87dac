package org.viltzoom.kernel.zoomtoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.viltzoom.kernel.testing.TokenBrokerStandIn;
import org.viltzoom.zoomsimulator.ZoomSimulator;
import org.viltzoom.zoomsimulator.faults.FaultRule;

/**
 * The token broker client against {@link TokenBrokerStandIn}, which issues real tokens of the
 * Zoom simulator; the Zoom calls go to the simulator with those tokens.
 */
class ZoomTokenBrokerClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SERVICE_TOKEN = "service-token-" + UUID.randomUUID();
    private static final String ZOOM_ACCOUNT = "zacct-p1";
    private static final String ZOOM_USER_EMAIL = "owner@p1.example.com";

    private static ZoomSimulator zoom;
    private static TokenBrokerStandIn broker;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private UUID accountId;
    private ZoomTokenBrokerClient client;

    @BeforeAll
    static void startZoomAndBroker() {
        zoom = ZoomSimulator.start();
        zoom.control().seed("""
                {"accounts": [{"id": "zacct-p1", "name": "P-1", "plan": "business"}],
                 "users": [{"id": "u-p1-owner", "account_id": "zacct-p1", "email": "owner@p1.example.com",
                            "role_name": "Owner"}],
                 "apps": [{"id": "s2s-p1", "kind": "SERVER_TO_SERVER", "client_id": "s2s-p1-client",
                           "client_secret": "s2s-p1-secret", "account_id": "zacct-p1"}]}
                """);
        broker = TokenBrokerStandIn.start(zoom::baseUrl, SERVICE_TOKEN);
    }

    @AfterAll
    static void stop() {
        broker.close();
        zoom.close();
    }

    @BeforeEach
    void newAccountAndClient() {
        accountId = UUID.randomUUID();
        broker.pair(accountId, "production", ZOOM_ACCOUNT, "s2s-p1-client", "s2s-p1-secret");
        broker.resetCounts();
        zoom.control().clearFaults();
        zoom.control().clearLogs();
        client = client(Duration.ofMinutes(5), SERVICE_TOKEN);
    }

    @AfterEach
    void clearFaults() {
        zoom.control().clearFaults();
    }

    @Test
    void concurrentCallsShareOneTokenRequest() throws Exception {
        List<Integer> statuses = runConcurrently(10, () -> client.call(accountId, this::getUser));

        assertThat(statuses).containsOnly(200).hasSize(10);
        assertThat(broker.brokerRequests()).isEqualTo(1);
        assertThat(broker.zoomTokenRequests()).isEqualTo(1);
    }

    @Test
    void rejectedTokenReplacedOnce() throws Exception {
        runConcurrently(10, () -> client.call(accountId, this::getUser));
        zoom.control().addFault(invalidTokenFault(1));
        zoom.control().clearLogs();

        List<Integer> statuses = runConcurrently(10, () -> client.call(accountId, this::getUser));

        assertThat(statuses).containsOnly(200).hasSize(10);
        assertThat(broker.brokerRequests()).isEqualTo(2);
        assertThat(broker.zoomTokenRequests()).isEqualTo(2);
        assertThat(zoom.control().countRequests("GET", ".*/users/.*")).isEqualTo(11);
    }

    @Test
    void sameRejectionSharesReplacement() throws Exception {
        client.accessToken(accountId);
        zoom.control().addFault(invalidTokenFault(2));

        List<Integer> statuses = runConcurrently(2, () -> client.call(accountId, this::getUser));

        assertThat(statuses).containsOnly(200);
        assertThat(broker.brokerRequests()).isEqualTo(2);
    }

    @Test
    void secondRejectionPropagates() {
        zoom.control().addFault(invalidTokenFault(2));

        assertThatThrownBy(() -> client.call(accountId, this::getUser))
                .isInstanceOf(AccessTokenRejectedException.class);
        assertThat(broker.brokerRequests()).isEqualTo(2);
    }

    @Test
    void tokenIsCachedUntilRefreshMargin() {
        ZoomAccessToken first = client.accessToken(accountId);
        ZoomAccessToken second = client.accessToken(accountId);

        assertThat(second).isSameAs(first);
        assertThat(broker.brokerRequests()).isEqualTo(1);
        assertThat(first.apiBaseUrl()).isEqualTo(zoom.baseUrl() + "/v2");
        assertThat(first.zoomAccountId()).isEqualTo(ZOOM_ACCOUNT);
        assertThat(first.platform()).isEqualTo("production");
    }

    @Test
    void tokenInsideRefreshMarginIsNotCached() {
        ZoomTokenBrokerClient impatient = client(Duration.ofHours(2), SERVICE_TOKEN);

        impatient.accessToken(accountId);
        impatient.accessToken(accountId);

        assertThat(broker.brokerRequests()).isEqualTo(2);
    }

    @Test
    void unknownAccountIsNotFound() {
        UUID unknown = UUID.randomUUID();

        assertThatThrownBy(() -> client.accessToken(unknown))
                .isInstanceOfSatisfying(TokenBrokerException.class, e -> {
                    assertThat(e.failure()).isEqualTo(TokenBrokerFailure.ACCOUNT_NOT_FOUND);
                    assertThat(e.accountId()).isEqualTo(unknown);
                    assertThat(e.isTransient()).isFalse();
                });
    }

    @Test
    void unpairedAccountReportsItsStatus() {
        broker.unpair(accountId, "UNPAIRED");

        assertThatThrownBy(() -> client.accessToken(accountId))
                .isInstanceOfSatisfying(TokenBrokerException.class, e -> {
                    assertThat(e.failure()).isEqualTo(TokenBrokerFailure.ACCOUNT_NOT_PAIRED);
                    assertThat(e.accountStatus()).isEqualTo("UNPAIRED");
                });
    }

    @Test
    void missingScopesAreNamed() {
        broker.requireScopes(accountId, Set.of("user:read:admin"));

        assertThatThrownBy(() -> client.accessToken(accountId))
                .isInstanceOfSatisfying(TokenBrokerException.class, e -> {
                    assertThat(e.failure()).isEqualTo(TokenBrokerFailure.MISSING_SCOPES);
                    assertThat(e.missingScopes()).containsExactly("user:read:admin");
                });
    }

    @Test
    void zoomUnavailableCarriesRetryAfter() {
        broker.answerUnavailable(1);

        assertThatThrownBy(() -> client.accessToken(accountId))
                .isInstanceOfSatisfying(TokenBrokerException.class, e -> {
                    assertThat(e.failure()).isEqualTo(TokenBrokerFailure.ZOOM_UNAVAILABLE);
                    assertThat(e.isTransient()).isTrue();
                    assertThat(e.retryAfter()).isNotNull();
                });
        assertThat(client.accessToken(accountId).accessToken()).isNotBlank();
    }

    @Test
    void wrongServiceTokenIsRejected() {
        ZoomTokenBrokerClient stranger = client(Duration.ofMinutes(5), "not-the-service-token");

        assertThatThrownBy(() -> stranger.accessToken(accountId))
                .isInstanceOfSatisfying(TokenBrokerException.class,
                        e -> assertThat(e.failure()).isEqualTo(TokenBrokerFailure.CREDENTIALS_REJECTED));
    }

    @Test
    void brokerOutageIsTransient() {
        ZoomTokenBrokerClient lost = new ZoomTokenBrokerClient(
                new ZoomTokenBrokerSettings(URI.create("http://127.0.0.1:1"), Duration.ofMinutes(5), Duration.ofSeconds(2)),
                ServiceCredentials.fixed(SERVICE_TOKEN), Clock.systemUTC());

        assertThatThrownBy(() -> lost.accessToken(accountId))
                .isInstanceOfSatisfying(TokenBrokerException.class, e -> {
                    assertThat(e.failure()).isEqualTo(TokenBrokerFailure.BROKER_UNAVAILABLE);
                    assertThat(e.isTransient()).isTrue();
                });
    }

    @Test
    void tokenNeverAppearsInToString() {
        ZoomAccessToken token = client.accessToken(accountId);

        assertThat(token.toString()).doesNotContain(token.accessToken());
    }

    private ZoomTokenBrokerClient client(Duration refreshMargin, String serviceToken) {
        return new ZoomTokenBrokerClient(
                new ZoomTokenBrokerSettings(broker.baseUrl(), refreshMargin, Duration.ofSeconds(5)),
                ServiceCredentials.fixed(serviceToken), Clock.systemUTC());
    }

    /** Gets a Zoom user with the token, as a Zoom adapter would, and reports 401 code 124 as a rejection. */
    private int getUser(ZoomAccessToken token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(token.apiBaseUrl() + "/users/" + ZOOM_USER_EMAIL))
                .header("Authorization", token.bearerHeader())
                .GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401) {
                JsonNode body = JSON.readTree(response.body());
                if (body.path("code").asInt() == 124) {
                    throw new AccessTokenRejectedException("GET /users/{email}");
                }
            }
            return response.statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static FaultRule invalidTokenFault(int times) {
        FaultRule rule = new FaultRule();
        rule.kind = FaultRule.Kind.STATUS;
        rule.method = "GET";
        rule.pathPattern = ".*/users/.*";
        rule.times = times;
        rule.status = 401;
        rule.code = 124;
        rule.message = "Invalid access token.";
        return rule;
    }

    private static <T> List<T> runConcurrently(int callers, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
