package org.viltzoom.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.viltzoom.event.application.port.in.ApplyAccountAndHostChanges;
import org.viltzoom.event.testing.EventApi;
import org.viltzoom.event.testing.EventTestResources;
import org.viltzoom.event.testing.TestClock;
import org.viltzoom.event.testing.ZoomWorld;
import org.viltzoom.kernel.testing.ZoomSimulatorTestResource;
import org.viltzoom.localstack.LocalStackTestResource;
import org.viltzoom.zoomsimulator.state.Meeting;

@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "service", value = "event"))
@QuarkusTestResource(ZoomSimulatorTestResource.class)
@QuarkusTestResource(EventTestResources.class)
class TrainingEventApiTest {

    @Inject
    ApplyAccountAndHostChanges changes;

    private ZoomWorld world;

    @BeforeAll
    static void logFailuresOnly() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void seed() {
        TestClock.INSTANCE.reset();
        ZoomWorld.simulator().clearFaults();
        world = ZoomWorld.create(changes, 2, null);
    }

    @Test
    void createMakesScheduledZoomMeetingUnderHost() {
        Map<String, Object> body = world.event(LocalDate.now().plusDays(10));
        Response created = EventApi.create(body);
        created.then().statusCode(201)
                .header("ETag", notNullValue())
                .body("status", equalTo("SCHEDULED"))
                .body("syncState", equalTo("IN_SYNC"))
                .body("durationMinutes", equalTo(120))
                .body("meeting.joinUrl", notNullValue())
                .body("meeting.startUrl", nullValue());

        long meetingId = created.jsonPath().getLong("meeting.meetingId");
        Meeting meeting = ZoomWorld.simulator().meeting(meetingId);
        assertThat(meeting).isNotNull();
        assertThat(meeting.hostId).isEqualTo(world.zoomUser("host0"));
        assertThat(meeting.type).isEqualTo(2);
        assertThat(meeting.usesPmi).isFalse();
        assertThat(meeting.templateId).isEqualTo(world.template);
        assertThat(meeting.timezone).isEqualTo("Europe/Berlin");
        assertThat(meeting.startTime).isEqualTo(java.time.Instant.parse(created.path("start")));
        assertThat(meeting.duration).isEqualTo(120);
        assertThat(meeting.settings.path("alternative_hosts").asText()).isEqualTo(world.email("host1"));
    }

    @Test
    void webinarIsZoomWebinarType5() {
        Map<String, Object> body = world.event(LocalDate.now().plusDays(10));
        body.put("kind", "WEBINAR");
        body.remove("templateId");
        long meetingId = EventApi.create(body).then().statusCode(201).extract().jsonPath().getLong("meeting.meetingId");
        Meeting webinar = ZoomWorld.simulator().meeting(meetingId);
        assertThat(webinar.webinar).isTrue();
        assertThat(webinar.type).isEqualTo(5);
    }

    @Test
    void repeatedIdempotencyKeyReturnsFirstEvent() {
        Map<String, Object> body = world.event(LocalDate.now().plusDays(10));
        String key = UUID.randomUUID().toString();
        String first = EventApi.admin().header("Idempotency-Key", key).body(body)
                .post(EventApi.PATH, ZoomWorld.PLATFORM).then().statusCode(201).extract().path("id");
        long creates = ZoomWorld.simulator().countRequests("POST", "/v2/users/.*/meetings");

        String second = EventApi.admin().header("Idempotency-Key", key).body(body)
                .post(EventApi.PATH, ZoomWorld.PLATFORM).then().statusCode(201).extract().path("id");

        assertThat(second).isEqualTo(first);
        assertThat(ZoomWorld.simulator().countRequests("POST", "/v2/users/.*/meetings")).isEqualTo(creates);
    }

    @Test
    void listFiltersByCourseAndPages() {
        Map<String, Object> body = world.event(LocalDate.now().plusDays(10));
        EventApi.created(body);
        EventApi.created(world.event(LocalDate.now().plusDays(11)));

        EventApi.admin().queryParam("courseId", "course-" + world.suffix).queryParam("size", 1)
                .get(EventApi.PATH, ZoomWorld.PLATFORM)
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.size()", equalTo(1))
                .body("items[0].iltSessionId", equalTo(body.get("iltSessionId")));
        EventApi.admin().queryParam("accountId", world.accountId.toString())
                .queryParam("from", LocalDate.now().plusDays(11).atStartOfDay().toInstant(java.time.ZoneOffset.UTC).toString())
                .get(EventApi.PATH, ZoomWorld.PLATFORM)
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void learnerTokenNeverGetsStartUrl() {
        String id = EventApi.created(world.event(LocalDate.now().plusDays(10)));

        EventApi.as("learner-1", "vilt-learner").get(EventApi.PATH + "/{id}/host-view", ZoomWorld.PLATFORM, id)
                .then().statusCode(403);
        EventApi.as("learner-1", "vilt-learner").get(EventApi.PATH + "/{id}", ZoomWorld.PLATFORM, id)
                .then().statusCode(403);
        String learnerView = EventApi.as("learner-1", "vilt-learner")
                .get(EventApi.PATH + "/{id}/learner-view", ZoomWorld.PLATFORM, id)
                .then().statusCode(200).body("joinButtonVisible", equalTo(false)).extract().asString();
        assertThat(learnerView).doesNotContain("start_url", "startUrl", "zak");
    }

    @Test
    void startUrlOnlyForHostAndAdmin() throws java.io.IOException {
        String id = EventApi.created(world.event(LocalDate.now().plusDays(10)));

        String startUrl = EventApi.admin().get(EventApi.PATH + "/{id}/host-view", ZoomWorld.PLATFORM, id)
                .then().statusCode(200).body("meeting.startUrl", notNullValue()).extract().path("meeting.startUrl");
        EventApi.as(world.lmsUser("host0"), "vilt-instructor")
                .get(EventApi.PATH + "/{id}/host-view", ZoomWorld.PLATFORM, id)
                .then().statusCode(200).body("meeting.startUrl", notNullValue());
        EventApi.as(world.lmsUser("host1"), "vilt-instructor")
                .get(EventApi.PATH + "/{id}/host-view", ZoomWorld.PLATFORM, id)
                .then().statusCode(403).body("code", equalTo("not-the-host"));
        assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("target/event-service-test.log")))
                .as("start URLs carry the host's key and stay out of the log").doesNotContain(startUrl);
    }

    @Test
    void joinButtonShowsFromLeadTimeUntilEnd() {
        String id = EventApi.created(world.event(LocalDate.now().plusDays(10)));
        java.time.Instant start = java.time.Instant.parse(EventApi.get(id).path("start"));

        TestClock.INSTANCE.setTo(start.minusSeconds(16 * 60));
        learnerView(id).then().body("joinButtonVisible", equalTo(false)).body("joinUrl", nullValue());
        TestClock.INSTANCE.setTo(start.minusSeconds(14 * 60));
        learnerView(id).then().body("joinButtonVisible", equalTo(true)).body("joinUrl", notNullValue());
        TestClock.INSTANCE.setTo(start.plusSeconds(2 * 3600 + 1));
        learnerView(id).then().body("joinButtonVisible", equalTo(false));
    }

    @Test
    void cancelDeletesZoomMeeting() {
        String id = EventApi.created(world.event(LocalDate.now().plusDays(10)));
        long meetingId = EventApi.get(id).jsonPath().getLong("meeting.meetingId");

        EventApi.cancel(id).then().statusCode(200).body("status", equalTo("CANCELLED"));

        assertThat(ZoomWorld.simulator().meeting(meetingId)).isNull();
    }

    @Test
    void editWithoutIfMatchIsRejected() {
        String id = EventApi.created(world.event(LocalDate.now().plusDays(10)));
        EventApi.admin().body(world.event(LocalDate.now().plusDays(10)))
                .put(EventApi.PATH + "/{id}", ZoomWorld.PLATFORM, id)
                .then().statusCode(428).body("code", equalTo("if-match-required"));
        EventApi.admin().header("If-Match", "\"99\"").body(world.event(LocalDate.now().plusDays(10)))
                .put(EventApi.PATH + "/{id}", ZoomWorld.PLATFORM, id)
                .then().statusCode(412).body("code", equalTo("version-mismatch"));
    }

    @Test
    void generatedPasscodeSatisfiesHostPolicy() {
        String passcode = EventApi.admin().queryParam("hostId", world.host("host0").hostId().toString())
                .post("/api/v1/platforms/{platform}/accounts/{accountId}/passcodes", ZoomWorld.PLATFORM, world.accountId)
                .then().statusCode(200).extract().path("passcode");
        assertThat(passcode).hasSizeGreaterThanOrEqualTo(8).matches(".*[A-Za-z].*").matches(".*[0-9].*");

        Map<String, Object> body = world.event(LocalDate.now().plusDays(10));
        body.put("passcode", passcode);
        EventApi.create(body).then().statusCode(201).body("passcode", equalTo(passcode));
    }

    @Test
    void malformedTimeIsFieldErrorNot500() {
        Map<String, Object> body = world.event(LocalDate.now().plusDays(10));
        @SuppressWarnings("unchecked")
        Map<String, Object> times = (Map<String, Object>) body.get("times");
        times.put("start", "25:99");
        EventApi.create(body).then().statusCode(400).body("code", notNullValue());
        body.put("kind", "SEMINAR");
        times.put("start", "10:00");
        EventApi.create(body).then().statusCode(400).body("errors.field", hasItem("kind"));
    }

    private static Response learnerView(String id) {
        return EventApi.as("learner-1", "vilt-learner").get(EventApi.PATH + "/{id}/learner-view", ZoomWorld.PLATFORM, id);
    }

}
