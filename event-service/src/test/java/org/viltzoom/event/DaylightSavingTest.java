package org.viltzoom.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.viltzoom.event.testing.EventApi;
import org.viltzoom.event.testing.ZoomWorld;
import org.viltzoom.zoomsimulator.state.Meeting;

/** Zoom schedules the same instant and length as the event across a daylight-saving change. */
@QuarkusTest
class DaylightSavingTest extends AcceptanceTestBase {

    @Test
    void springForwardNightKeepsRealLength() {
        ZoomWorld world = ZoomWorld.create(changes, 2, null);
        Map<String, Object> body = world.event(nextSpringChange());
        MeetingReplacementTest.times(body).put("start", "01:00");
        MeetingReplacementTest.times(body).put("end", "04:00");

        Response created = EventApi.create(body);

        created.then().statusCode(201);
        assertThat(created.jsonPath().getInt("durationMinutes")).isEqualTo(120);
        Meeting meeting = ZoomWorld.simulator().meeting(created.jsonPath().getLong("meeting.meetingId"));
        assertThat(meeting.startTime).isEqualTo(Instant.parse(created.path("start")));
        assertThat(meeting.duration).isEqualTo(120);
    }

    /** The last Sunday of March after today, when Europe/Berlin skips 02:00 to 03:00. */
    private static LocalDate nextSpringChange() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        int year = LocalDate.now().getYear() + 1;
        LocalDate day = LocalDate.of(year, Month.MARCH, 31);
        while (day.getDayOfWeek() != java.time.DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        assertThat(berlin.getRules().isDaylightSavings(day.atTime(4, 0).atZone(berlin).toInstant())).isTrue();
        return day;
    }
}
