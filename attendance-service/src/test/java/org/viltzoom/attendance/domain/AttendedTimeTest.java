package org.viltzoom.attendance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AttendedTimeTest {

    private static final MeetingInstance FIRST = new MeetingInstance("inst-1", at("10:00"), at("11:00"));
    private static final MeetingInstance RESTART = new MeetingInstance("inst-2", at("11:10"), at("11:40"));

    private static Instant at(String time) {
        return Instant.parse("2026-03-10T" + time + ":00Z");
    }

    private static Connection in(MeetingInstance instance, String join, String leave) {
        return new Connection(instance.uuid(), at(join), leave == null ? null : at(leave));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("one connection", List.of(in(FIRST, "10:05", "10:20")), 15),
                Arguments.of("rejoins add up", List.of(in(FIRST, "10:05", "10:20"), in(FIRST, "10:22", "11:00")), 53),
                Arguments.of("two devices count once", List.of(in(FIRST, "10:00", "10:40"), in(FIRST, "10:30", "10:50")), 50),
                Arguments.of("touching intervals", List.of(in(FIRST, "10:00", "10:30"), in(FIRST, "10:30", "10:45")), 45),
                Arguments.of("join before start is clipped", List.of(in(FIRST, "09:50", "10:10")), 10),
                Arguments.of("leave after end is clamped", List.of(in(FIRST, "10:50", "11:31")), 10),
                Arguments.of("open connection closes at the end", List.of(in(FIRST, "10:30", null)), 30),
                Arguments.of("restarted instance adds its own time",
                        List.of(in(FIRST, "10:30", null), in(RESTART, "11:10", "11:20")), 40),
                Arguments.of("gap between instances credits nothing", List.of(in(FIRST, "11:00", "11:10")), 0),
                Arguments.of("unknown instance credits nothing", List.of(new Connection("other", at("10:00"), at("11:00"))), 0),
                Arguments.of("leave before join is empty", List.of(in(FIRST, "10:30", "10:20")), 0),
                Arguments.of("no connections", List.<Connection>of(), 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void creditsTheUnionInsideEachInstance(String name, List<Connection> connections, int expectedMinutes) {
        assertThat(AttendedTime.of(connections, List.of(FIRST, RESTART))).isEqualTo(Duration.ofMinutes(expectedMinutes));
    }

    @Test
    void actualLengthSumsTheInstances() {
        assertThat(AttendedTime.actualLength(List.of(FIRST, RESTART))).isEqualTo(Duration.ofMinutes(90));
    }

    /** Seeded random intervals: credit never exceeds the actual length and never drops when a connection is added. */
    @Test
    void creditIsBoundedAndMonotonic() {
        Random random = new Random(20261204);
        List<MeetingInstance> instances = List.of(FIRST, RESTART);
        Duration actualLength = AttendedTime.actualLength(instances);

        for (int run = 0; run < 500; run++) {
            List<Connection> connections = new ArrayList<>();
            Duration previous = Duration.ZERO;
            for (int step = 0; step < 8; step++) {
                MeetingInstance instance = random.nextBoolean() ? FIRST : RESTART;
                Instant join = instance.start().minusSeconds(600).plusSeconds(random.nextInt(6000));
                Instant leave = random.nextInt(10) == 0 ? null : join.plusSeconds(random.nextInt(4000));
                connections.add(new Connection(instance.uuid(), join, leave));

                Duration credited = AttendedTime.of(connections, instances);
                assertThat(credited).isLessThanOrEqualTo(actualLength);
                assertThat(credited).isGreaterThanOrEqualTo(previous);
                previous = credited;
            }
        }
    }
}
