package org.viltzoom.host;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.viltzoom.host.testing.HostTestResources;
import org.viltzoom.host.testing.TestAccount;
import org.viltzoom.kernel.testing.ZoomSimulatorTestResource;
import org.viltzoom.localstack.LocalStackTestResource;
import org.viltzoom.zoomsimulator.control.SimulatorControl;
import org.viltzoom.zoomsimulator.faults.FaultRule;
import org.viltzoom.zoomsimulator.http.RequestLog;
import org.viltzoom.zoomsimulator.ratelimit.RateLimitCategory;

/** Assigning hosts over REST, matched in the Zoom simulator through the broker stand-in's tokens. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "service", value = "host"))
@QuarkusTestResource(ZoomSimulatorTestResource.class)
@QuarkusTestResource(HostTestResources.class)
class HostAssignmentTest {

    /** The H-1 account: a, b, c, d and e of the case, plus users for the email rules. */
    private static final TestAccount H1 = new TestAccount("zacct-h1");
    private static final TestAccount OTHER = new TestAccount("zacct-h1-other");
    private static boolean seeded;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void seedOnce() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        TestAccount.connect(bootstrapServers);
        if (seeded) {
            return;
        }
        H1.seed(List.of(
                """
                {"id": "u-h1-a", "email": "a@example.com", "type": 2, "status": "active"}""",
                """
                {"id": "u-h1-b", "email": "b@example.com", "type": 1, "status": "pending"}""",
                """
                {"id": "u-h1-e", "email": "e@example.com", "type": 2, "status": "active", "webinar": false,
                 "zoom_events": true}""",
                """
                {"id": "u-h1-case", "email": "Case.Sensitive@Example.com", "type": 2}""",
                """
                {"id": "u-h1-dots", "email": "first.last@example.com", "type": 2}""",
                """
                {"id": "u-h1-basic", "email": "basic@example.com", "type": 1}""",
                """
                {"id": "u-h1-inactive", "email": "inactive@example.com", "type": 2, "status": "inactive"}""",
                """
                {"id": "u-h1-corp", "email": "corp@example.com", "type": 3, "webinar": true}""",
                """
                {"id": "u-h1-tagged", "email": "tagged+vilt@example.com", "type": 2}"""));
        OTHER.seed(List.of("""
                {"id": "u-h1-d", "email": "d@example.com", "type": 2}"""));
        seeded = true;
        H1.pair();
        awaitAccountKnown(H1);
    }

    @AfterEach
    void clearFaults() {
        zoom().clearFaults();
    }

    @Test
    void caseH1ClassifiesByStatusAndCode() {
        zoom().clearLogs();

        JsonPath report = assign(H1, user("lms-a", "a@example.com"), user("lms-b", "b@example.com"),
                user("lms-c", "c@example.com"), user("lms-d", "d@example.com"), user("lms-e", "e@example.com"));

        assertThat(report.getString("results[0].status")).isEqualTo("PAIRED");
        assertThat(report.getString("results[0].zoomUserId")).isEqualTo("u-h1-a");
        assertThat(report.getBoolean("results[0].webinarCapable")).isFalse();
        assertThat(report.getString("results[1].status")).isEqualTo("NOT_PAIRED");
        assertThat(report.getString("results[1].reason")).isEqualTo("PENDING");
        assertThat(report.getString("results[2].status")).isEqualTo("NOT_PAIRED");
        assertThat(report.getString("results[2].reason")).isEqualTo("NOT_FOUND");
        assertThat(report.getString("results[3].status")).isEqualTo("NOT_PAIRED");
        assertThat(report.getString("results[3].reason")).isEqualTo("NOT_IN_ACCOUNT");
        assertThat(report.getString("results[4].status")).isEqualTo("PAIRED");
        assertThat(report.getBoolean("results[4].webinarCapable")).isTrue();
        assertThat(zoom().countRequests("GET", ".*/users/u-h1-b/settings.*")).isZero();
        assertThat(zoom().countRequests("GET", ".*/users/u-h1-a/settings.*")).isEqualTo(1);
    }

    @Test
    void notInAccountIgnoresMessageText() {
        FaultRule reworded = new FaultRule();
        reworded.method = "GET";
        reworded.pathPattern = ".*/users/d(@|%40)example\\.com";
        reworded.status = 400;
        reworded.code = 1010;
        reworded.message = "User does not exist: d@example.com.";
        zoom().addFault(reworded);

        JsonPath report = assign(H1, user("lms-d2", "d@example.com"));

        assertThat(report.getString("results[0].reason")).isEqualTo("NOT_IN_ACCOUNT");
    }

    @Test
    void deactivatedBasicAndLegacyUsersAreClassified() {
        JsonPath report = assign(H1, user("lms-inactive", "inactive@example.com"), user("lms-basic", "basic@example.com"),
                user("lms-corp", "corp@example.com"));

        assertThat(report.getString("results[0].reason")).isEqualTo("DEACTIVATED");
        assertThat(report.getString("results[1].reason")).isEqualTo("NOT_LICENSED");
        assertThat(report.getString("results[2].status")).isEqualTo("PAIRED");
        assertThat(report.getBoolean("results[2].webinarCapable")).isTrue();
    }

    @Test
    void emailDifferingOnlyInCaseMatches() {
        JsonPath report = assign(H1, user("lms-case", "  case.sensitive@EXAMPLE.com "));

        assertThat(report.getString("results[0].status")).isEqualTo("PAIRED");
        assertThat(report.getString("results[0].zoomUserId")).isEqualTo("u-h1-case");
        given().auth().oauth2(adminToken())
                .when().get(H1.hostsPath() + "/{id}", report.getString("results[0].hostId"))
                .then().statusCode(200)
                .body("email", equalTo("case.sensitive@EXAMPLE.com"));
    }

    @Test
    void dotsAndPlusTagsAreKept() {
        JsonPath report = assign(H1, user("lms-tag", "first.last+vilt@example.com"),
                user("lms-nodots", "firstlast@example.com"), user("lms-dots", "first.last@example.com"),
                user("lms-tagged", "tagged+vilt@example.com"), user("lms-untagged", "tagged@example.com"));

        assertThat(report.getString("results[0].reason")).isEqualTo("NOT_FOUND");
        assertThat(report.getString("results[1].reason")).isEqualTo("NOT_FOUND");
        assertThat(report.getString("results[2].status")).isEqualTo("PAIRED");
        assertThat(report.getString("results[3].zoomUserId")).isEqualTo("u-h1-tagged");
        assertThat(report.getString("results[4].reason")).isEqualTo("NOT_FOUND");
    }

    @Test
    void assigningAgainUpdatesTheHost() {
        String hostId = assign(H1, user("lms-again", "c@example.com")).getString("results[0].hostId");

        JsonPath again = assign(H1, Map.of("lmsUserId", "lms-again", "email", "a@example.com",
                "firstName", "Ada", "lastName", "Again"));

        assertThat(again.getString("results[0].hostId")).isEqualTo(hostId);
        assertThat(again.getBoolean("results[0].created")).isFalse();
        assertThat(again.getString("results[0].status")).isEqualTo("PAIRED");
    }

    @Test
    void perSecondRateLimitIsRetried() {
        FaultRule limit = new FaultRule();
        limit.kind = FaultRule.Kind.RATE_LIMIT;
        limit.method = "GET";
        limit.pathPattern = ".*/users/a(@|%40)example\\.com";
        limit.times = 2;
        zoom().addFault(limit);

        JsonPath report = assign(H1, user("lms-a-limited", "a@example.com"));

        assertThat(report.getString("results[0].status")).isEqualTo("PAIRED");
    }

    @Test
    void dailyLimitLeavesHostPendingAndRetryAnswers503() {
        FaultRule daily = new FaultRule();
        daily.method = "GET";
        daily.pathPattern = ".*/users/e(@|%40)example\\.com";
        daily.times = 2;
        daily.status = 429;
        daily.code = 429;
        daily.message = "You have reached the maximum per day.";
        zoom().addFault(daily);

        JsonPath report = assign(H1, user("lms-e-daily", "e@example.com"));
        assertThat(report.getString("results[0].status")).isEqualTo("PENDING_CHECK");

        given().auth().oauth2(adminToken())
                .when().post(H1.hostsPath() + "/{id}/retry", report.getString("results[0].hostId"))
                .then().statusCode(503)
                .contentType(startsWith("application/problem+json"))
                .header("Retry-After", notNullValue())
                .body("code", equalTo("zoom-daily-limit"));
    }

    @Test
    void forbiddenOrScopelessLookupIsNoVisibility() {
        zoom().addFault(statusFault(".*/users/a(@|%40)example\\.com", 403, 200));
        zoom().addFault(statusFault(".*/users/e(@|%40)example\\.com", 400, 4711));

        JsonPath report = assign(H1, user("lms-forbidden", "a@example.com"), user("lms-scopeless", "e@example.com"));

        assertThat(report.getString("results[0].reason")).isEqualTo("NO_VISIBILITY");
        assertThat(report.getString("results[1].reason")).isEqualTo("NO_VISIBILITY");
    }

    @Test
    void missingScopesAtBrokerIsNoVisibility() {
        TestAccount scopeless = new TestAccount("zacct-scopeless").seed(List.of("""
                {"id": "u-scopeless-1", "email": "scopeless@example.com", "type": 2}"""));
        scopeless.pair();
        awaitAccountKnown(scopeless);
        HostTestResources.broker().requireScopes(scopeless.id, Set.of("user:read:admin"));

        JsonPath report = assign(scopeless, user("lms-scopeless-1", "scopeless@example.com"));

        assertThat(report.getString("results[0].reason")).isEqualTo("NO_VISIBILITY");
    }

    @Test
    void rejectedAccessTokenIsReplaced() {
        zoom().addFault(statusFault(".*/users/a(@|%40)example\\.com", 401, 124));

        JsonPath report = assign(H1, user("lms-a-rejected", "a@example.com"));

        assertThat(report.getString("results[0].status")).isEqualTo("PAIRED");
    }

    @Test
    void retryPairsHostOnceZoomUserExists() {
        String hostId = assign(H1, user("lms-late", "late@example.com")).getString("results[0].hostId");
        H1.seed(List.of("""
                {"id": "u-h1-late", "email": "late@example.com", "type": 2}"""));

        given().auth().oauth2(adminToken())
                .when().post(H1.hostsPath() + "/{id}/retry", hostId)
                .then().statusCode(200)
                .body("status", equalTo("PAIRED"))
                .body("zoomUserId", equalTo("u-h1-late"));
        given().auth().oauth2(adminToken())
                .when().post(H1.hostsPath() + "/{id}/retry", hostId)
                .then().statusCode(409)
                .body("code", equalTo("host-already-paired"));
    }

    @Test
    void listFiltersByStatusAndPages() {
        assign(H1, user("lms-list-1", "a@example.com"), user("lms-list-2", "nobody@example.com"));

        JsonPath notPaired = given().auth().oauth2(adminToken())
                .queryParam("status", "NOT_PAIRED").queryParam("size", 500)
                .when().get(H1.hostsPath())
                .then().statusCode(200).extract().jsonPath();
        assertThat(notPaired.getList("items.status", String.class)).containsOnly("NOT_PAIRED");
        assertThat(notPaired.getList("items.lmsUserId", String.class)).contains("lms-list-2").doesNotContain("lms-list-1");

        given().auth().oauth2(adminToken())
                .queryParam("size", 1).queryParam("page", 1)
                .when().get(H1.hostsPath())
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("page", equalTo(1));
        given().auth().oauth2(adminToken())
                .queryParam("status", "HAPPY")
                .when().get(H1.hostsPath())
                .then().statusCode(400)
                .body("errors.field", hasItems("status"));
    }

    @Test
    void removedHostIsGone() {
        String hostId = assign(H1, user("lms-remove", "a@example.com")).getString("results[0].hostId");

        given().auth().oauth2(adminToken()).when().delete(H1.hostsPath() + "/{id}", hostId)
                .then().statusCode(204);
        given().auth().oauth2(adminToken()).when().get(H1.hostsPath() + "/{id}", hostId)
                .then().statusCode(404)
                .body("code", equalTo("host-not-found"));
    }

    @Test
    void invalidEntriesAreFieldErrors() {
        given().auth().oauth2(adminToken()).contentType(ContentType.JSON)
                .body(Map.of("hosts", List.of(
                        Map.of("lmsUserId", "lms-x", "email", "not-an-email"),
                        Map.of("email", "x@example.com"),
                        Map.of("lmsUserId", "lms-x", "email", "y@example.com"))))
                .when().post(H1.hostsPath())
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItems("hosts[0].email", "hosts[1].lmsUserId", "hosts[2].lmsUserId"));
        given().auth().oauth2(adminToken()).contentType(ContentType.JSON)
                .body(Map.of("hosts", List.of()))
                .when().post(H1.hostsPath())
                .then().statusCode(400)
                .body("errors.field", hasItems("hosts"));
        given().auth().oauth2(adminToken()).contentType(ContentType.JSON)
                .body("{\"hosts\": 5}")
                .when().post(H1.hostsPath())
                .then().statusCode(400)
                .body("code", equalTo("malformed-body"));
    }

    @Test
    void openApiDescribesHostPaths() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths", hasKey("/api/v1/platforms/{platform}/accounts/{accountId}/hosts"))
                .body("paths", hasKey(
                        "/api/v1/platforms/{platform}/accounts/{accountId}/hosts/{hostId}/retry"));
    }

    @Test
    void unknownAccountIsNotFound() {
        given().auth().oauth2(adminToken()).contentType(ContentType.JSON)
                .body(Map.of("hosts", List.of(user("lms-a", "a@example.com"))))
                .when().post("/api/v1/platforms/production/accounts/" + UUID.randomUUID() + "/hosts")
                .then().statusCode(404)
                .body("code", equalTo("account-not-found"));
    }

    @Test
    void learnerMayNotAssign() {
        given().auth().oauth2(LocalStackTestResource.issuer().token("learner", TestAccount.PLATFORM, "vilt-learner"))
                .contentType(ContentType.JSON)
                .body(Map.of("hosts", List.of(user("lms-a", "a@example.com"))))
                .when().post(H1.hostsPath())
                .then().statusCode(403);
    }

    /**
     * Zoom's per-second limits lowered to the check concurrency (4), so the checks of one request
     * fill every window: each 429 must pause the account's calls rather than use up retries.
     */
    @Test
    void perSecondLimitPausesAccountCalls() {
        TestAccount paced = new TestAccount("zacct-paced");
        List<String> users = new ArrayList<>();
        List<Map<String, String>> lmsUsers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            users.add("{\"id\": \"u-paced-%d\", \"email\": \"host%d@paced.example.com\", \"type\": 2}".formatted(i, i));
            lmsUsers.add(user("lms-paced-" + i, "host" + i + "@paced.example.com"));
        }
        paced.seed(users);
        paced.pair();
        awaitAccountKnown(paced);
        zoom().clearLogs();

        Map<RateLimitCategory, Integer> limits = zoom().rateLimits().businessPerSecond;
        Map<RateLimitCategory, Integer> documented = new EnumMap<>(limits);
        JsonPath report;
        try {
            limits.put(RateLimitCategory.LIGHT, 4);
            limits.put(RateLimitCategory.MEDIUM, 4);
            report = given().auth().oauth2(adminToken()).contentType(ContentType.JSON)
                    .body(Map.of("hosts", lmsUsers))
                    .when().post(paced.hostsPath())
                    .then().statusCode(200).extract().jsonPath();
        } finally {
            limits.putAll(documented);
        }

        Map<String, Long> rateLimitedByPath = zoom().requests().stream()
                .filter(entry -> entry.path().contains("paced"))
                .filter(entry -> entry.status() == 429)
                .collect(Collectors.groupingBy(RequestLog.Entry::path, Collectors.counting()));
        assertThat(rateLimitedByPath).as("calls that got a 429").isNotEmpty();
        assertThat(rateLimitedByPath.values()).as("429s per call: a retry after the pause opens a fresh window")
                .allMatch(count -> count == 1);
        assertThat(report.getInt("paired")).isEqualTo(16);
    }

    @Test
    void batchOf500HostsIsAssignedInOneRequest() {
        TestAccount batch = new TestAccount("zacct-batch");
        List<String> users = new ArrayList<>();
        List<Map<String, String>> lmsUsers = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            users.add("{\"id\": \"u-batch-%d\", \"email\": \"host%d@batch.example.com\", \"type\": 2, \"webinar\": %s}"
                    .formatted(i, i, i % 10 == 0));
            lmsUsers.add(user("lms-batch-" + i, "Host" + i + "@Batch.example.com"));
        }
        batch.seed(users);
        batch.pair();
        awaitAccountKnown(batch);

        long started = System.nanoTime();
        JsonPath report = given().auth().oauth2(adminToken()).contentType(ContentType.JSON)
                .body(Map.of("hosts", lmsUsers))
                .when().post(batch.hostsPath())
                .then().statusCode(200).extract().jsonPath();
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("500-host assignment took %d ms%n", millis);

        assertThat(report.getList("results")).hasSize(500);
        assertThat(report.getInt("paired")).isEqualTo(500);
        assertThat(report.getList("results.webinarCapable", Boolean.class).stream().filter(b -> b).count())
                .isEqualTo(50);
        assertThat(report.getString("results[499].lmsUserId")).isEqualTo("lms-batch-499");
        assertThat(report.getString("results[499].zoomUserId")).isEqualTo("u-batch-499");
    }

    static JsonPath assign(TestAccount account, Map<?, ?>... users) {
        return given().auth().oauth2(adminToken()).contentType(ContentType.JSON)
                .body(Map.of("hosts", List.of(users)))
                .when().post(account.hostsPath())
                .then().statusCode(200).extract().jsonPath();
    }

    static Map<String, String> user(String lmsUserId, String email) {
        return Map.of("lmsUserId", lmsUserId, "email", email, "firstName", "First", "lastName", "Last");
    }

    static String adminToken() {
        return LocalStackTestResource.issuer().token("lms-admin", TestAccount.PLATFORM, "vilt-admin");
    }

    static void awaitAccountKnown(TestAccount account) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().auth().oauth2(adminToken()).when().get(account.hostsPath()).statusCode() == 200);
    }

    private static FaultRule statusFault(String pathPattern, int status, int code) {
        FaultRule rule = new FaultRule();
        rule.method = "GET";
        rule.pathPattern = pathPattern;
        rule.status = status;
        rule.code = code;
        rule.message = "Injected by the test.";
        return rule;
    }

    private static SimulatorControl zoom() {
        return ZoomSimulatorTestResource.simulator().control();
    }
}
