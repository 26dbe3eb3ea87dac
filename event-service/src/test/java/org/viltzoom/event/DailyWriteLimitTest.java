package org.viltzoom.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.viltzoom.event.testing.EventApi;
import org.viltzoom.event.testing.TestClock;
import org.viltzoom.event.testing.ZoomWorld;
import org.viltzoom.zoomsimulator.ratelimit.RateLimitSettings;

/** The per-host daily write limit (case E-4). */
@QuarkusTest
class DailyWriteLimitTest extends AcceptanceTestBase {

    @Test
    void replacementsBeyondDailyLimitWaitForReset() {
        ZoomWorld world = ZoomWorld.create(changes, 1, null);
        RateLimitSettings limits = ZoomWorld.simulator().rateLimits();
        limits.dailyMeetingWrites = 100;
        limits.dailyLimitCountsDeletes = true;
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        moveClocksTo(day.atTime(9, 0).toInstant(ZoneOffset.UTC));

        List<String> ids = new ArrayList<>();
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Map<String, Object> body = world.event(day.plusDays(5));
            ids.add(EventApi.created(body));
            bodies.add(body);
        }
        moveClocksTo(day.plusDays(1).atTime(0, 30).toInstant(ZoneOffset.UTC));
        ZoomWorld.simulator().clearLogs();

        List<String> states = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            MeetingReplacementTest.times(bodies.get(i)).put("start", "09:00");
            Response edited = EventApi.edit(ids.get(i), bodies.get(i));
            states.add(edited.statusCode() + " " + edited.path("syncState"));
        }

        assertThat(states.subList(0, 50)).containsOnly("200 IN_SYNC");
        assertThat(states.subList(50, 60)).containsOnly("202 PENDING_SYNC");
        assertThat((String) EventApi.get(ids.get(59)).path("syncRetryAfter"))
                .isEqualTo(day.plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC).toString());
        assertThat(answered("POST", CREATE_MEETING, 201)).isEqualTo(50);
        assertThat(answered("DELETE", ONE_MEETING, 204)).as("never a delete without its create").isEqualTo(50);
        assertThat(answered("POST", CREATE_MEETING, 429)).as("no call starts without budget").isZero();

        moveClocksTo(day.plusDays(2).atTime(0, 5).toInstant(ZoneOffset.UTC));
        assertThat(sync.runPendingReplacements()).isEqualTo(10);

        for (String id : ids) {
            Response event = EventApi.get(id);
            assertThat((String) event.path("syncState")).isEqualTo("IN_SYNC");
            assertThat((String) event.path("times.start")).isEqualTo("09:00");
            assertThat(ZoomWorld.simulator().meeting(event.jsonPath().getLong("meeting.meetingId"))).isNotNull();
            assertThat(event.jsonPath().getList("meetingHistory")).hasSize(2);
        }
        assertThat(answered("DELETE", ONE_MEETING, 204)).isEqualTo(60);
    }

    @Test
    void perSecondLimitIsRetriedWithBackoff() {
        ZoomWorld world = ZoomWorld.create(changes, 1, null);
        perSecondLimit("POST", CREATE_MEETING, 2);

        EventApi.create(world.event(LocalDate.now().plusDays(10))).then().statusCode(201);

        assertThat(answered("POST", CREATE_MEETING, 429)).isEqualTo(2);
        assertThat(answered("POST", CREATE_MEETING, 201)).isEqualTo(1);
    }

    private static void moveClocksTo(Instant instant) {
        TestClock.INSTANCE.setTo(instant);
        ZoomWorld.simulator().setClock(instant);
    }

    /**
     * Puts the simulator clock back to the present. It stays frozen, because only a reset unfreezes
     * it and a reset would repeat meeting ids that the database already holds. A frozen clock never
     * opens a new per-second window, so the per-second limits are lifted for the tests that follow.
     */
    @AfterEach
    void restoreSimulator() {
        RateLimitSettings limits = ZoomWorld.simulator().rateLimits();
        limits.dailyLimitCountsDeletes = false;
        limits.dailyMeetingWrites = 100_000;
        limits.businessPerSecond.replaceAll((category, limit) -> 1_000_000);
        limits.proPerSecond.replaceAll((category, limit) -> 1_000_000);
        ZoomWorld.simulator().setClock(Instant.now());
    }
}
