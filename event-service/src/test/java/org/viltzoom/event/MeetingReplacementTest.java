package org.viltzoom.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.viltzoom.event.domain.HostView;
import org.viltzoom.event.testing.EventApi;
import org.viltzoom.event.testing.TestClock;
import org.viltzoom.event.testing.ZoomWorld;
import org.viltzoom.zoomsimulator.state.Meeting;

/** Edits replace the Zoom meeting (cases E-1, E-3 and E-5). */
@QuarkusTest
class MeetingReplacementTest extends AcceptanceTestBase {

    @Test
    void editReplacesMeetingAndKeepsHistory() {
        ZoomWorld world = ZoomWorld.create(changes, 2, null);
        Map<String, Object> body = world.event(LocalDate.now().plusDays(10));
        String id = EventApi.created(body);
        Response before = EventApi.get(id);
        long oldMeeting = before.jsonPath().getLong("meeting.meetingId");
        String oldJoinUrl = before.path("meeting.joinUrl");

        times(body).put("start", "09:00");
        Response after = EventApi.edit(id, body);

        after.then().statusCode(200).body("syncState", equalTo("IN_SYNC")).body("durationMinutes", equalTo(180));
        long newMeeting = after.jsonPath().getLong("meeting.meetingId");
        assertThat(newMeeting).isNotEqualTo(oldMeeting);
        assertThat((String) after.path("meeting.joinUrl")).isNotEqualTo(oldJoinUrl);
        assertThat(after.jsonPath().getList("meetingHistory", Long.class)).containsExactly(oldMeeting, newMeeting);
        assertThat(ZoomWorld.simulator().meeting(oldMeeting)).isNull();
        assertThat(ZoomWorld.simulator().meeting(newMeeting).duration).isEqualTo(180);
        // A late notification for the old meeting still finds the event.
        assertThat(repository.findByMeetingId(oldMeeting)).hasValueSatisfying(
                event -> assertThat(event.id().toString()).isEqualTo(id));
    }

    @Test
    void anyEditOfFutureEventReplacesMeeting() {
        ZoomWorld world = ZoomWorld.create(changes, 2, null);
        Map<String, Object> body = world.event(LocalDate.now().plusDays(10));
        String id = EventApi.created(body);
        long oldMeeting = EventApi.get(id).jsonPath().getLong("meeting.meetingId");

        body.put("joinButtonLeadMinutes", 30);
        Response after = EventApi.edit(id, body);

        after.then().statusCode(200);
        assertThat(after.jsonPath().getLong("meeting.meetingId")).isNotEqualTo(oldMeeting);
        assertThat(ZoomWorld.simulator().meeting(oldMeeting)).isNull();
    }

    @Test
    void unchangedEditKeepsMeeting() {
        ZoomWorld world = ZoomWorld.create(changes, 2, null);
        Map<String, Object> body = world.event(LocalDate.now().plusDays(10));
        String id = EventApi.created(body);
        long oldMeeting = EventApi.get(id).jsonPath().getLong("meeting.meetingId");

        Response after = EventApi.edit(id, body);

        after.then().statusCode(200);
        assertThat(after.jsonPath().getLong("meeting.meetingId")).isEqualTo(oldMeeting);
    }

    @Test
    void invalidAlternativeHostsFailBeforeAnyZoomCall() {
        ZoomWorld world = ZoomWorld.create(changes, 3, null);
        Map<String, Object> body = world.event(LocalDate.now().plusDays(10));
        body.put("alternativeHosts", List.of(world.email("host2")));
        String id = EventApi.created(body);
        long meetingId = EventApi.get(id).jsonPath().getLong("meeting.meetingId");
        // host2's Zoom user is deleted, so host-service reports it unpaired.
        HostView host2 = world.host("host2");
        ZoomWorld.simulator().deleteUser(world.zoomUser("host2"));
        changes.hostChanged(new HostView(host2.hostId(), host2.accountId(), host2.lmsUserId(), host2.email(),
                host2.zoomUserId(), false, true));
        long zoomWrites = requests("POST", CREATE_MEETING) + requests("DELETE", ONE_MEETING);

        times(body).put("start", "09:00");
        body.put("alternativeHosts", List.of(world.email("host2"), world.email("basic")));
        EventApi.edit(id, body).then().statusCode(400)
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItems("alternativeHosts[0]", "alternativeHosts[1]"))
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString(world.email("host2"))))
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString(world.email("basic"))));

        assertThat(requests("POST", CREATE_MEETING) + requests("DELETE", ONE_MEETING)).isEqualTo(zoomWrites);
        assertThat(EventApi.get(id).jsonPath().getLong("meeting.meetingId")).isEqualTo(meetingId);
    }

    @Test
    void zoomRejectingNewMeetingChangesNothing() {
        ZoomWorld world = ZoomWorld.create(changes, 2, null);
        Map<String, Object> body = world.event(LocalDate.now().plusDays(10));
        String id = EventApi.created(body);
        long meetingId = EventApi.get(id).jsonPath().getLong("meeting.meetingId");
        String etag = EventApi.etag(id);

        fault("POST", CREATE_MEETING, 400, 300, 1);
        times(body).put("start", "09:00");
        EventApi.edit(id, body).then().statusCode(502);

        Response current = EventApi.get(id);
        assertThat(current.jsonPath().getLong("meeting.meetingId")).isEqualTo(meetingId);
        assertThat(current.header("ETag")).isEqualTo(etag);
        assertThat((String) current.path("times.start")).isEqualTo("10:00");
        assertThat(ZoomWorld.simulator().meeting(meetingId)).isNotNull();
    }

    @Test
    void pastEventTakesOnlyLocalEdits() {
        ZoomWorld world = ZoomWorld.create(changes, 2, null);
        Map<String, Object> body = world.event(LocalDate.now().plusDays(10));
        String id = EventApi.created(body);
        long meetingId = EventApi.get(id).jsonPath().getLong("meeting.meetingId");
        Instant end = Instant.parse(EventApi.get(id).path("end"));
        TestClock.INSTANCE.setTo(end.plusSeconds(3600));
        long creates = requests("POST", CREATE_MEETING);

        body.put("instructorLmsUserIds", List.of(world.lmsUser("host0"), "lms-co-trainer"));
        EventApi.edit(id, body).then().statusCode(200)
                .body("instructorLmsUserIds", hasItem("lms-co-trainer"))
                .body("meeting.meetingId", equalTo(meetingId));

        times(body).put("start", "09:00");
        EventApi.edit(id, body).then().statusCode(409).body("code", equalTo("event-in-past"));
        assertThat(requests("POST", CREATE_MEETING)).isEqualTo(creates);
    }

    @Test
    void runningEventIsNotReplaced() {
        ZoomWorld world = ZoomWorld.create(changes, 2, null);
        Map<String, Object> body = world.event(LocalDate.now().plusDays(10));
        String id = EventApi.created(body);
        Instant start = Instant.parse(EventApi.get(id).path("start"));
        TestClock.INSTANCE.setTo(start.plusSeconds(600));

        body.put("name", "Renamed while running");
        EventApi.edit(id, body).then().statusCode(409).body("code", equalTo("event-running"));
        EventApi.cancel(id).then().statusCode(409).body("code", equalTo("event-running"));
    }

    @Test
    void passcodeAgainstPolicyIsRejectedBeforeZoomCall() {
        ZoomWorld world = ZoomWorld.create(changes, 2, null);
        Map<String, Object> body = world.event(LocalDate.now().plusDays(10));
        body.put("passcode", "123456");
        long creates = requests("POST", CREATE_MEETING);

        EventApi.create(body).then().statusCode(400)
                .body("errors.field", hasItem("passcode"))
                .body("errors.code", hasItem("passcode-policy"))
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("at least 8 characters, a letter, a number")));
        assertThat(requests("POST", CREATE_MEETING)).isEqualTo(creates);
    }

    @Test
    void replacementKeepsTemplatePasscodeAndSettings() {
        ZoomWorld world = ZoomWorld.create(changes, 2, null);
        Map<String, Object> body = world.event(LocalDate.now().plusDays(10));
        body.put("passcode", "train2026");
        body.put("registrationRequired", true);
        String id = EventApi.created(body);
        Meeting old = ZoomWorld.simulator().meeting(EventApi.get(id).jsonPath().getLong("meeting.meetingId"));
        assertThat(old.templateId).isEqualTo(world.template);

        times(body).put("date", LocalDate.now().plusDays(11).toString());
        long newId = EventApi.edit(id, body).then().statusCode(200).extract().jsonPath().getLong("meeting.meetingId");

        Meeting replaced = ZoomWorld.simulator().meeting(newId);
        assertThat(replaced.templateId).isEqualTo(old.templateId);
        assertThat(replaced.password).isEqualTo("train2026");
        assertThat(replaced.settings.path("approval_type").asInt()).isEqualTo(old.settings.path("approval_type").asInt());
        assertThat(replaced.settings.path("alternative_hosts").asText())
                .isEqualTo(old.settings.path("alternative_hosts").asText());
        assertThat(replaced.settings.path("use_pmi").asBoolean()).isFalse();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> times(Map<String, Object> body) {
        return (Map<String, Object>) body.get("times");
    }
}
