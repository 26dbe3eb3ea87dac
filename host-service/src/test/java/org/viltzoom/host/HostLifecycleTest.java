package org.viltzoom.host;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.viltzoom.host.HostAssignmentTest.adminToken;
import static org.viltzoom.host.HostAssignmentTest.assign;
import static org.viltzoom.host.HostAssignmentTest.awaitAccountKnown;
import static org.viltzoom.host.HostAssignmentTest.user;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.viltzoom.host.testing.HostTestResources;
import org.viltzoom.host.testing.TestAccount;
import org.viltzoom.kernel.event.DomainEvent;
import org.viltzoom.kernel.event.DomainEventJson;
import org.viltzoom.kernel.event.EventEnvelope;
import org.viltzoom.kernel.event.Topics;
import org.viltzoom.kernel.event.host.HostPaired;
import org.viltzoom.kernel.event.host.HostUnpairReason;
import org.viltzoom.kernel.event.host.HostUnpaired;
import org.viltzoom.kernel.testing.ZoomSimulatorTestResource;
import org.viltzoom.localstack.LocalStackTestResource;
import org.viltzoom.zoomsimulator.control.SimulatorControl;
import org.viltzoom.zoomsimulator.control.UserChanges;

/**
 * Hosts kept current by Zoom's user notifications (simulator webhook, relay, Kafka), by
 * account-service's domain events and by the resync.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "service", value = "host"))
@QuarkusTestResource(ZoomSimulatorTestResource.class)
@QuarkusTestResource(HostTestResources.class)
class HostLifecycleTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void connect() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        TestAccount.connect(bootstrapServers);
    }

    @Test
    void reactivationAfterDeactivationPairsAgain() {
        TestAccount account = pairedAccount("zacct-life-react", List.of(
                """
                {"id": "u-react-1", "email": "react1@example.com", "type": 2}""",
                """
                {"id": "u-react-2", "email": "react2@example.com", "type": 2}""",
                """
                {"id": "u-react-3", "email": "react3@example.com", "type": 2}"""));
        JsonPath report = assign(account, user("lms-react-1", "react1@example.com"),
                user("lms-react-2", "react2@example.com"), user("lms-react-3", "react3@example.com"));
        String reactivated = report.getString("results[0].hostId");
        String deleted = report.getString("results[1].hostId");
        String removed = report.getString("results[2].hostId");

        zoom().setUserStatus("u-react-1", "inactive");
        zoom().deleteUser("u-react-2");
        zoom().disassociateUser("u-react-3");
        awaitHost(account, reactivated, "NOT_PAIRED", "DEACTIVATED");
        awaitHost(account, deleted, "NOT_PAIRED", "DEACTIVATED");
        awaitHost(account, removed, "NOT_PAIRED", "DEACTIVATED");

        zoom().setUserStatus("u-react-1", "active");
        awaitHost(account, reactivated, "PAIRED", null);
        assertThat(host(account, deleted).getString("status")).isEqualTo("NOT_PAIRED");
    }

    @Test
    void accountUnpairedThenRepaired() {
        TestAccount account = pairedAccount("zacct-life-repair", List.of(
                """
                {"id": "u-repair-1", "email": "repair1@example.com", "type": 2}""",
                """
                {"id": "u-repair-2", "email": "repair2@example.com", "type": 2, "webinar": true}"""));
        JsonPath report = assign(account, user("lms-repair-1", "repair1@example.com"),
                user("lms-repair-2", "repair2@example.com"));
        String first = report.getString("results[0].hostId");
        String second = report.getString("results[1].hostId");

        account.unpair();
        awaitHost(account, first, "NOT_PAIRED", "ACCOUNT_NOT_PAIRED");
        awaitHost(account, second, "NOT_PAIRED", "ACCOUNT_NOT_PAIRED");
        given().auth().oauth2(adminToken()).contentType(ContentType.JSON)
                .body(Map.of("hosts", List.of(user("lms-repair-3", "repair1@example.com"))))
                .when().post(account.hostsPath())
                .then().statusCode(409)
                .body("code", equalTo("account-not-paired"))
                .body("status", equalTo("UNPAIRED"));

        account.pair();
        awaitHost(account, first, "PAIRED", null);
        awaitHost(account, second, "PAIRED", null);
        assertThat(host(account, second).getBoolean("webinarCapable")).isTrue();

        account.supersede();
        awaitHost(account, first, "NOT_PAIRED", "ACCOUNT_NOT_PAIRED");
    }

    @Test
    void zoomUserWhoseEmailChangedInZoom() {
        TestAccount account = pairedAccount("zacct-life-email", List.of(
                """
                {"id": "u-email-1", "email": "old.name@example.com", "type": 2}""",
                """
                {"id": "u-email-2", "email": "licence@example.com", "type": 2}"""));
        JsonPath report = assign(account, user("lms-email-old", "old.name@example.com"),
                user("lms-email-new", "New.Name@example.com"), user("lms-licence", "licence@example.com"));
        String matchedByOldEmail = report.getString("results[0].hostId");
        String waitingForNewEmail = report.getString("results[1].hostId");
        String licence = report.getString("results[2].hostId");
        assertThat(report.getString("results[1].reason")).isEqualTo("NOT_FOUND");

        UserChanges newEmail = new UserChanges();
        newEmail.email = "new.name@example.com";
        zoom().updateUser("u-email-1", newEmail);
        UserChanges basic = new UserChanges();
        basic.type = 1;
        zoom().updateUser("u-email-2", basic);

        awaitHost(account, matchedByOldEmail, "NOT_PAIRED", "NOT_FOUND");
        awaitHost(account, waitingForNewEmail, "PAIRED", null);
        assertThat(host(account, waitingForNewEmail).getString("zoomUserId")).isEqualTo("u-email-1");
        awaitHost(account, licence, "NOT_PAIRED", "NOT_LICENSED");
    }

    @Test
    void resyncRepairsMissedNotifications() {
        TestAccount account = pairedAccount("zacct-life-drift", List.of("""
                {"id": "u-drift-1", "email": "drift@example.com", "type": 2}"""));
        String hostId = assign(account, user("lms-drift", "drift@example.com")).getString("results[0].hostId");
        HostTestResources.relay().pause();
        try {
            zoom().setUserStatus("u-drift-1", "inactive");
            makeChecksDue(account);

            awaitHost(account, hostId, "NOT_PAIRED", "DEACTIVATED");
        } finally {
            HostTestResources.relay().resume();
        }
    }

    @Test
    void hostEventsArePublishedThroughOutbox() {
        TestAccount account = pairedAccount("zacct-life-events", List.of("""
                {"id": "u-events-1", "email": "events@example.com", "type": 2, "zoom_events": true}"""));
        String hostId = assign(account, user("lms-events", "events@example.com")).getString("results[0].hostId");
        given().auth().oauth2(adminToken()).when().delete(account.hostsPath() + "/{id}", hostId)
                .then().statusCode(204);

        List<DomainEvent> events = hostEvents(UUID.fromString(hostId), 2);

        assertThat(events.get(0)).isInstanceOfSatisfying(HostPaired.class, paired -> {
            assertThat(paired.accountId()).isEqualTo(account.id);
            assertThat(paired.lmsUserId()).isEqualTo("lms-events");
            assertThat(paired.zoomUserId()).isEqualTo("u-events-1");
            assertThat(paired.webinarCapable()).isTrue();
        });
        assertThat(events.get(1)).isInstanceOfSatisfying(HostUnpaired.class,
                unpaired -> assertThat(unpaired.reason()).isEqualTo(HostUnpairReason.REMOVED));
    }

    private TestAccount pairedAccount(String zoomAccountId, List<String> users) {
        TestAccount account = new TestAccount(zoomAccountId).seed(users);
        account.pair();
        awaitAccountKnown(account);
        return account;
    }

    /** Moves the account's next periodic check to now, as if the resync period had passed. */
    private void makeChecksDue(TestAccount account) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update host set check_due_at = now() where account_id = :account")
                .setParameter("account", account.id)
                .executeUpdate());
    }

    private static void awaitHost(TestAccount account, String hostId, String status, String reason) {
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonPath host = host(account, hostId);
            assertThat(host.getString("status")).isEqualTo(status);
            assertThat(host.getString("reason")).isEqualTo(reason);
        });
    }

    private static JsonPath host(TestAccount account, String hostId) {
        return given().auth().oauth2(adminToken())
                .when().get(account.hostsPath() + "/{id}", hostId)
                .then().statusCode(200).extract().jsonPath();
    }

    private List<DomainEvent> hostEvents(UUID hostId, int count) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "host-events-test-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<DomainEvent> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            consumer.subscribe(List.of(Topics.HOST));
            Awaitility.await().atMost(WAIT).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.key().equals(hostId.toString())) {
                        EventEnvelope<DomainEvent> envelope = DomainEventJson.read(record.value());
                        events.add(envelope.data());
                    }
                }
                return events.size() >= count;
            });
        }
        return events;
    }

    private static SimulatorControl zoom() {
        return ZoomSimulatorTestResource.simulator().control();
    }
}
