package org.viltzoom.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.viltzoom.event.testing.EventApi;
import org.viltzoom.event.testing.TestClock;
import org.viltzoom.event.testing.ZoomWorld;

/** Replacements under failing creates and deletes leave no meeting behind and none missing. */
@QuarkusTest
class ReplacementFaultTest extends AcceptanceTestBase {

    private static final int EVENTS = 10;
    private static final int REPLACEMENTS = 200;

    @Test
    void faultyReplacementsLeaveNoOrphans() {
        // Ten hosts keep each host's 2 writes per replacement far below Zoom's 100 per day.
        ZoomWorld world = ZoomWorld.create(changes, EVENTS, null);
        List<String> ids = new ArrayList<>();
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            Map<String, Object> body = world.event(LocalDate.now().plusDays(20));
            body.put("hostId", world.host("host" + i).hostId().toString());
            body.put("instructorLmsUserIds", List.of(world.lmsUser("host" + i)));
            body.put("alternativeHosts", List.of());
            body.put("templateId", null);
            ids.add(EventApi.created(body));
            bodies.add(body);
        }

        Random random = new Random(20260501L);
        Map<Integer, Integer> outcomes = new HashMap<>();
        for (int n = 0; n < REPLACEMENTS; n++) {
            int index = n % EVENTS;
            if (random.nextDouble() < 0.2) {
                fault("POST", CREATE_MEETING, 500, null, 1);
            }
            if (random.nextDouble() < 0.2) {
                fault("DELETE", ONE_MEETING, 503, null, 1);
            }
            MeetingReplacementTest.times(bodies.get(index)).put("end", "%02d:%02d".formatted(12 + n % 6, n % 60));
            Response edited = EventApi.edit(ids.get(index), bodies.get(index));
            outcomes.merge(edited.statusCode(), 1, Integer::sum);
        }
        ZoomWorld.simulator().clearFaults();

        for (int round = 0; round < 5; round++) {
            TestClock.INSTANCE.advance(Duration.ofHours(2));
            sync.retryDeletions();
        }

        assertThat(outcomes.keySet()).as("replaced, or refused with nothing changed").containsOnly(200, 503);
        assertThat(outcomes.get(503)).as("some creates failed").isPositive();
        long created = answered("POST", CREATE_MEETING, 201);
        long deleted = answered("DELETE", ONE_MEETING, 204);
        assertThat(created - deleted).as("meetings in Zoom").isEqualTo(EVENTS);
        for (String id : ids) {
            Response event = EventApi.get(id);
            long current = event.jsonPath().getLong("meeting.meetingId");
            assertThat(ZoomWorld.simulator().meeting(current)).as("current meeting of " + id).isNotNull();
            for (Long old : event.jsonPath().getList("meetingHistory", Long.class)) {
                if (old != current) {
                    assertThat(ZoomWorld.simulator().meeting(old)).as("replaced meeting " + old).isNull();
                }
            }
        }
    }
}
