package org.viltzoom.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.viltzoom.event.application.port.in.SyncZoomMeetings;
import org.viltzoom.event.testing.EventApi;
import org.viltzoom.event.testing.TestClock;
import org.viltzoom.event.testing.ZoomWorld;
import org.viltzoom.zoomsimulator.faults.FaultRule;

@QuarkusTest
class EnrollmentTest extends AcceptanceTestBase {

    private static final String ENROLLMENTS = EventApi.PATH + "/{id}/enrollments";

    @Inject
    SyncZoomMeetings sync;

    @Test
    void registrationGivesPersonalJoinUrls() {
        ZoomWorld world = ZoomWorld.create(changes, 2, null);
        Map<String, Object> body = world.event(LocalDate.now().plusDays(10));
        body.put("registrationRequired", true);
        String id = EventApi.created(body);

        EventApi.admin().body(List.of(learner("l-1"), learner("l-2")))
                .put(ENROLLMENTS, ZoomWorld.PLATFORM, id)
                .then().statusCode(200)
                .body("size()", equalTo(2))
                .body("[0].registrantId", notNullValue())
                .body("[0].joinUrl", notNullValue());
        long registrations = requests("POST", "/v2/meetings/\\d+/registrants");

        EventApi.admin().body(List.of(learner("l-2"))).put(ENROLLMENTS, ZoomWorld.PLATFORM, id)
                .then().statusCode(200).body("size()", equalTo(1)).body("[0].lmsUserId", equalTo("l-2"));

        assertThat(registrations).isEqualTo(2);
        assertThat(requests("POST", "/v2/meetings/\\d+/registrants")).as("l-2 is not registered again").isEqualTo(2);
    }

    @Test
    void replacementRegistersLearnersAgain() {
        ZoomWorld world = ZoomWorld.create(changes, 2, null);
        Map<String, Object> body = world.event(LocalDate.now().plusDays(10));
        body.put("registrationRequired", true);
        String id = EventApi.created(body);
        String oldUrl = EventApi.admin().body(List.of(learner("l-1"))).put(ENROLLMENTS, ZoomWorld.PLATFORM, id)
                .then().statusCode(200).extract().path("[0].joinUrl");

        MeetingReplacementTest.times(body).put("start", "09:00");
        long newMeeting = EventApi.edit(id, body).then().statusCode(200).extract().jsonPath().getLong("meeting.meetingId");

        String newUrl = EventApi.admin().get(ENROLLMENTS, ZoomWorld.PLATFORM, id).then().statusCode(200)
                .extract().path("[0].joinUrl");
        assertThat(newUrl).isNotEqualTo(oldUrl).contains(Long.toString(newMeeting));
    }

    @Test
    void replacementWithoutRegistrationClearsJoinUrls() {
        ZoomWorld world = ZoomWorld.create(changes, 2, null);
        Map<String, Object> body = world.event(LocalDate.now().plusDays(10));
        body.put("registrationRequired", true);
        String id = EventApi.created(body);
        EventApi.admin().body(List.of(learner("l-1"))).put(ENROLLMENTS, ZoomWorld.PLATFORM, id).then().statusCode(200);

        body.put("registrationRequired", false);
        MeetingReplacementTest.times(body).put("start", "09:00");
        EventApi.edit(id, body).then().statusCode(200);

        EventApi.admin().get(ENROLLMENTS, ZoomWorld.PLATFORM, id).then().statusCode(200)
                .body("[0].lmsUserId", equalTo("l-1"))
                .body("[0].registrantId", nullValue())
                .body("[0].joinUrl", nullValue());
    }

    @Test
    void withoutRegistrationNoZoomCall() {
        ZoomWorld world = ZoomWorld.create(changes, 2, null);
        String id = EventApi.created(world.event(LocalDate.now().plusDays(10)));

        EventApi.admin().body(List.of(Map.of("lmsUserId", "l-9"))).put(ENROLLMENTS, ZoomWorld.PLATFORM, id)
                .then().statusCode(200).body("[0].registrantId", nullValue());
        assertThat(requests("POST", "/v2/meetings/\\d+/registrants")).isZero();
    }

    @Test
    void unenrollDeletesZoomRegistration() {
        String id = eventWithRegistration();
        String registrantId = EventApi.admin().body(List.of(learner("l-1"), learner("l-2")))
                .put(ENROLLMENTS, ZoomWorld.PLATFORM, id)
                .then().statusCode(200).extract().path("[0].registrantId");

        EventApi.admin().body(List.of(learner("l-2"))).put(ENROLLMENTS, ZoomWorld.PLATFORM, id)
                .then().statusCode(200).body("size()", equalTo(1));

        assertThat(answered("DELETE", "/v2/meetings/\\d+/registrants/" + registrantId, 204)).isEqualTo(1);
        assertThat(requests("DELETE", "/v2/meetings/\\d+/registrants/.*")).as("l-2 keeps its registration").isEqualTo(1);
    }

    @Test
    void failedDeleteIsRetriedFromQueue() {
        String id = eventWithRegistration();
        String registrantId = EventApi.admin().body(List.of(learner("l-1"))).put(ENROLLMENTS, ZoomWorld.PLATFORM, id)
                .then().statusCode(200).extract().path("[0].registrantId");
        fault("DELETE", "/v2/meetings/\\d+/registrants/.*", 500, null, 1000);

        EventApi.admin().body(List.of()).put(ENROLLMENTS, ZoomWorld.PLATFORM, id)
                .then().statusCode(200).body("size()", equalTo(0));
        assertThat(answered("DELETE", "/v2/meetings/\\d+/registrants/" + registrantId, 500)).isPositive();

        ZoomWorld.simulator().clearFaults();
        TestClock.INSTANCE.advance(Duration.ofHours(2));
        sync.retryDeletions();
        assertThat(answered("DELETE", "/v2/meetings/\\d+/registrants/" + registrantId, 204)).isEqualTo(1);
    }

    @Test
    void sharedRegistrantStaysWhileUsed() {
        String id = eventWithRegistration();
        Map<String, Object> first = new HashMap<>(learner("l-1"));
        Map<String, Object> second = new HashMap<>(learner("l-2"));
        second.put("email", first.get("email"));
        List<String> registrantIds = EventApi.admin().body(List.of(first, second)).put(ENROLLMENTS, ZoomWorld.PLATFORM, id)
                .then().statusCode(200).extract().path("registrantId");
        assertThat(registrantIds.get(0)).as("Zoom registers one email once").isEqualTo(registrantIds.get(1));

        EventApi.admin().body(List.of(first)).put(ENROLLMENTS, ZoomWorld.PLATFORM, id)
                .then().statusCode(200).body("[0].registrantId", equalTo(registrantIds.get(0)));
        assertThat(requests("DELETE", "/v2/meetings/\\d+/registrants/.*")).as("l-1 still uses it").isZero();

        EventApi.admin().body(List.of()).put(ENROLLMENTS, ZoomWorld.PLATFORM, id).then().statusCode(200);
        assertThat(answered("DELETE", "/v2/meetings/\\d+/registrants/" + registrantIds.get(0), 204)).isEqualTo(1);
    }

    /** Parallel PUTs of different lists must leave no registrant that no learner uses. */
    @Test
    void concurrentPutsLeaveNoUnusedRegistrant() throws Exception {
        ZoomWorld world = ZoomWorld.create(changes, 2, null);
        Map<String, Object> body = world.event(LocalDate.now().plusDays(10));
        body.put("registrationRequired", true);
        String id = EventApi.created(body);
        long meetingId = EventApi.admin().get(EventApi.PATH + "/{id}", ZoomWorld.PLATFORM, id)
                .then().statusCode(200).extract().jsonPath().getLong("meeting.meetingId");
        Map<String, Object> movedK1 = new HashMap<>(learner("k1"));
        movedK1.put("email", "k1@elsewhere.example.com");
        List<List<Map<String, Object>>> lists = List.of(
                List.of(learner("k1"), learner("k2"), learner("k3")),
                List.of(movedK1, learner("k4")),
                List.of(learner("k2"), learner("k5")));

        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (List<Map<String, Object>> list : lists) {
                    statuses.add(pool.submit(() -> EventApi.admin().body(list)
                            .put(ENROLLMENTS, ZoomWorld.PLATFORM, id).then().extract().statusCode()));
                }
            }
            for (Future<Integer> status : statuses) {
                assertThat(status.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        EventApi.admin().body(List.of()).put(ENROLLMENTS, ZoomWorld.PLATFORM, id).then().statusCode(200);
        TestClock.INSTANCE.advance(Duration.ofHours(2));
        sync.retryDeletions();

        assertThat(ZoomWorld.simulator().registrantIds(meetingId)).isEmpty();
    }

    /** An edit replaces the meeting while a PUT still registers on the old one. */
    @Test
    void meetingReplacedDuringPutIsConflict() throws Exception {
        ZoomWorld world = ZoomWorld.create(changes, 2, null);
        Map<String, Object> body = world.event(LocalDate.now().plusDays(10));
        body.put("registrationRequired", true);
        String id = EventApi.created(body);
        FaultRule slowRegistration = new FaultRule();
        slowRegistration.kind = FaultRule.Kind.LATENCY;
        slowRegistration.method = "POST";
        slowRegistration.pathPattern = "/v2/meetings/\\d+/registrants";
        slowRegistration.latencyMs = 5000;
        ZoomWorld.simulator().addFault(slowRegistration);

        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<io.restassured.response.Response> put = pool.submit(() -> EventApi.admin()
                    .body(List.of(learner("l-1"))).put(ENROLLMENTS, ZoomWorld.PLATFORM, id));
            Thread.sleep(1000);
            MeetingReplacementTest.times(body).put("start", "09:00");
            EventApi.edit(id, body).then().statusCode(200);

            put.get(60, TimeUnit.SECONDS).then().statusCode(409).body("code", equalTo("concurrent-update"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void invalidEmailIsRejectedBeforeZoom() {
        String id = eventWithRegistration();

        EventApi.admin().body(List.of(Map.of("lmsUserId", "l-x", "email", "not-an-email")))
                .put(ENROLLMENTS, ZoomWorld.PLATFORM, id)
                .then().statusCode(400)
                .body("errors.field", hasItem("[0].email"))
                .body("errors.code", hasItem("invalid"));
        assertThat(requests("POST", "/v2/meetings/\\d+/registrants")).isZero();
    }

    /** Zoom's per-user daily limit has been seen as a bare 429 without rate-limit headers. */
    @Test
    void dailyLimitOnRegistrationIsReported() {
        String id = eventWithRegistration();
        fault("POST", "/v2/meetings/\\d+/registrants", 429, 429, 1);

        EventApi.admin().body(List.of(learner("l-1"))).put(ENROLLMENTS, ZoomWorld.PLATFORM, id)
                .then().statusCode(429)
                .header("Retry-After", notNullValue())
                .body("code", equalTo("zoom-daily-limit"));
    }

    @Test
    void unknownEventIsNotFound() {
        EventApi.admin().body(List.of(learner("l-1")))
                .put(ENROLLMENTS, ZoomWorld.PLATFORM, UUID.randomUUID().toString())
                .then().statusCode(404);
    }

    @Test
    void malformedListsAreRejected() {
        String id = eventWithRegistration();

        EventApi.admin().body("[null]").put(ENROLLMENTS, ZoomWorld.PLATFORM, id)
                .then().statusCode(400).body("errors.field", hasItem("[0]"));
        EventApi.admin().body("[] trailing").put(ENROLLMENTS, ZoomWorld.PLATFORM, id)
                .then().statusCode(400);
    }

    @Test
    void unenrollAfterZoomDeletedRegistration() {
        String id = eventWithRegistration();
        EventApi.admin().body(List.of(learner("l-1"))).put(ENROLLMENTS, ZoomWorld.PLATFORM, id).then().statusCode(200);
        fault("DELETE", "/v2/meetings/\\d+/registrants/.*", 404, 300, 1);

        EventApi.admin().body(List.of()).put(ENROLLMENTS, ZoomWorld.PLATFORM, id)
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void emailChangeDeletesOldRegistration() {
        String id = eventWithRegistration();
        String oldRegistrantId = EventApi.admin().body(List.of(learner("l-1"))).put(ENROLLMENTS, ZoomWorld.PLATFORM, id)
                .then().statusCode(200).extract().path("[0].registrantId");
        Map<String, Object> moved = new HashMap<>(learner("l-1"));
        moved.put("email", "l-1@elsewhere.example.com");

        String newRegistrantId = EventApi.admin().body(List.of(moved)).put(ENROLLMENTS, ZoomWorld.PLATFORM, id)
                .then().statusCode(200).extract().path("[0].registrantId");

        assertThat(newRegistrantId).isNotEqualTo(oldRegistrantId);
        assertThat(answered("DELETE", "/v2/meetings/\\d+/registrants/" + oldRegistrantId, 204)).isEqualTo(1);
        assertThat(requests("DELETE", "/v2/meetings/\\d+/registrants/" + newRegistrantId)).isZero();
    }

    @Test
    void nameChangeKeepsRegistration() {
        String id = eventWithRegistration();
        String registrantId = EventApi.admin().body(List.of(learner("l-1"))).put(ENROLLMENTS, ZoomWorld.PLATFORM, id)
                .then().statusCode(200).extract().path("[0].registrantId");
        Map<String, Object> renamed = new HashMap<>(learner("l-1"));
        renamed.put("lastName", "Renamed");

        EventApi.admin().body(List.of(renamed)).put(ENROLLMENTS, ZoomWorld.PLATFORM, id)
                .then().statusCode(200).body("[0].registrantId", equalTo(registrantId));

        assertThat(requests("DELETE", "/v2/meetings/\\d+/registrants/.*")).isZero();
    }

    private String eventWithRegistration() {
        ZoomWorld world = ZoomWorld.create(changes, 2, null);
        Map<String, Object> body = world.event(LocalDate.now().plusDays(10));
        body.put("registrationRequired", true);
        return EventApi.created(body);
    }

    private static Map<String, Object> learner(String lmsUserId) {
        return Map.of("lmsUserId", lmsUserId, "email", lmsUserId + "@learners.example.com", "firstName", "Lea",
                "lastName", "Learner");
    }
}
