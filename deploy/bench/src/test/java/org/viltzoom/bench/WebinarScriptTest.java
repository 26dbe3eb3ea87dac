package org.viltzoom.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.viltzoom.zoomsimulator.playback.MeetingScript;
import org.viltzoom.zoomsimulator.playback.ScriptStep;

class WebinarScriptTest {

    private static final Instant START = Instant.parse("2026-12-05T08:00:00Z");

    @Test
    void everyLearnerJoinsAndLeavesOncePerRound() {
        MeetingScript script = WebinarScript.of(91_000_000_001L, "inst==", START, 3, 2);

        List<String> actions = script.steps.stream().map(step -> step.action + " " + step.participant).toList();
        assertThat(actions).containsExactly("start null",
                "join learner-0", "join learner-1", "join learner-2",
                "leave learner-0", "leave learner-1", "leave learner-2",
                "join learner-0", "join learner-1", "join learner-2",
                "leave learner-0", "leave learner-1", "leave learner-2",
                "end null");
        assertThat(script.participants).hasSize(3);
        assertThat(script.participants.get("learner-2").email).isEqualTo(AttendanceScenario.email(2));
        assertThat(script.webinar).isTrue();
        long notificationSteps = script.steps.stream().filter(step -> !step.action.equals("end")).count();
        assertThat(WebinarScript.notificationsBeforeEnd(3, 2)).isEqualTo((int) notificationSteps);
    }

    @Test
    void eachConnectionLasts45MinutesOfItsHour() {
        MeetingScript script = WebinarScript.of(91_000_000_001L, "inst==", START, 2, 2);
        ScriptStep secondRoundJoin = script.steps.get(6);
        ScriptStep secondRoundLeave = script.steps.get(8);
        ScriptStep end = script.steps.get(script.steps.size() - 1);

        assertThat(secondRoundJoin.at).isEqualTo(START.plus(Duration.ofHours(1)).plusSeconds(1));
        assertThat(secondRoundLeave.at).isEqualTo(START.plus(Duration.ofMinutes(105)));
        assertThat(end.at).isEqualTo(WebinarScript.end(START, 2)).isEqualTo(START.plus(Duration.ofHours(2)));
        assertThat(end.duration).isEqualTo(120);
    }
}
