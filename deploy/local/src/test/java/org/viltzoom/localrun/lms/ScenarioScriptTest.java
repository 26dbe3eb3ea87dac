package org.viltzoom.localrun.lms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.viltzoom.zoomsimulator.playback.ScriptStep;

class ScenarioScriptTest {

    private static final Instant START = Instant.parse("2026-05-05T14:00:00Z");

    private final Cast cast = new Cast(
            new AssignedHost("instructor-hugo", "h-1", Roster.HOST.email(), "PAIRED", null, "u-hugo", true),
            List.of(new AssignedHost("instructor-alice", "h-2", Roster.ALTERNATIVE_HOSTS.get(0).email(), "PAIRED", null,
                    "u-alice", false)),
            Roster.learners(3),
            Map.of("caller", new Scenario.Guest("Dial-in caller", "")));

    @Test
    void countsDuplicatesAndLeavesAtEnd() {
        Scenario scenario = scenario("after_end", 90,
                step("00:00", "start", null),
                step("01:00", "join", "learners:1-3", 0, 1),
                step("02:00", "join", "learner:1#phone"),
                step("03:00", "leave", "learner:2"),
                step("10:00", "end", null));

        PlayableScript playable = ScenarioScript.build(scenario, cast, 85000000001L, START);

        // start, 3 joins twice, the phone's join, one leave, the end, and 3 leaves for the open connections.
        assertThat(playable.notifications()).isEqualTo(1 + 6 + 1 + 1 + 1 + 3);
        assertThat(playable.actualLength()).isEqualTo(Duration.ofMinutes(10));
        assertThat(playable.lastDeliveryAt()).isEqualTo(START.plus(Duration.ofMinutes(10)).plusSeconds(90));
        assertThat(playable.script().steps).extracting(step -> step.participant)
                .containsExactly(null, "learner:1", "learner:2", "learner:3", "learner:1#phone", "learner:2", null);
    }

    @Test
    void keepsListedOrderAtSameTime() {
        Scenario scenario = scenario("before_end", 0,
                step("05:00", "end", null),
                step("00:00", "start", null),
                step("01:00", "join", "host"),
                step("01:00", "join", "guest:caller"));

        PlayableScript playable = ScenarioScript.build(scenario, cast, 1L, START);

        assertThat(playable.script().steps).extracting(step -> step.action)
                .containsExactly("start", "join", "join", "end");
        assertThat(playable.script().steps.get(1).participant).isEqualTo("host");
        assertThat(playable.script().participants.get("host").zoomUserId).isEqualTo("u-hugo");
        assertThat(playable.script().participants.get("guest:caller").email).isEmpty();
    }

    @Test
    void appliesDelayToLastDelivery() {
        Scenario scenario = scenario("never", 0,
                step("00:00", "start", null),
                new Scenario.Step("01:00", "join", "learner:1", 1800, 0, 0, false, null, null),
                step("20:00", "end", null));

        PlayableScript playable = ScenarioScript.build(scenario, cast, 1L, START);

        assertThat(playable.lastDeliveryAt()).isEqualTo(START.plus(Duration.ofMinutes(31)));
        assertThat(playable.notifications()).isEqualTo(3);
        ScriptStep join = playable.script().steps.get(1);
        assertThat(join.delaySeconds).isEqualTo(1800);
    }

    @Test
    void rejectsJoinBeforeStart() {
        Scenario scenario = scenario("before_end", 0, step("00:00", "join", "learner:1"));

        assertThatThrownBy(() -> ScenarioScript.build(scenario, cast, 1L, START))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not running");
    }

    @Test
    void rejectsLeaveOfAbsentLearner() {
        Scenario scenario = scenario("before_end", 0,
                step("00:00", "start", null),
                step("01:00", "leave", "learner:2"),
                step("02:00", "end", null));

        assertThatThrownBy(() -> ScenarioScript.build(scenario, cast, 1L, START))
                .hasMessageContaining("learner:2")
                .hasMessageContaining("not connected");
    }

    @Test
    void rejectsSecondJoinWithoutDevice() {
        Scenario scenario = scenario("before_end", 0,
                step("00:00", "start", null),
                step("01:00", "join", "learner:1"),
                step("02:00", "join", "learner:1"),
                step("03:00", "end", null));

        assertThatThrownBy(() -> ScenarioScript.build(scenario, cast, 1L, START)).hasMessageContaining("#device");
    }

    @Test
    void rejectsWebinarLeftRunning() {
        Scenario scenario = scenario("before_end", 0, step("00:00", "start", null));

        assertThatThrownBy(() -> ScenarioScript.build(scenario, cast, 1L, START)).hasMessageContaining("add an end step");
    }

    @Test
    void rejectsUnknownPeople() {
        assertThatThrownBy(() -> cast.keys("learner:4")).hasMessageContaining("3 of them");
        assertThatThrownBy(() -> cast.keys("guest:nobody")).hasMessageContaining("caller");
        assertThatThrownBy(() -> cast.keys("everyone")).hasMessageContaining("learners:A-B");
    }

    @Test
    void expandsLearnerRangeWithDevice() {
        assertThat(cast.keys("learners:2-3#phone")).containsExactly("learner:2#phone", "learner:3#phone");
        assertThat(cast.participant("learner:2#phone").email).isEqualTo(Roster.learners(3).get(1).email());
    }

    private static Scenario scenario(String leavesAtEnd, long leaveAfterEndSeconds, Scenario.Step... steps) {
        return new Scenario("test", new Scenario.EventSettings("Test", 60, 75, 0), 3, Map.of(), leavesAtEnd,
                leaveAfterEndSeconds, List.of(steps));
    }

    private static Scenario.Step step(String at, String action, String who) {
        return step(at, action, who, 0, 0);
    }

    private static Scenario.Step step(String at, String action, String who, long delaySeconds, int duplicate) {
        return new Scenario.Step(at, action, who, delaySeconds, duplicate, 0, false, null, null);
    }
}
