package org.viltzoom.bench;

import java.time.Duration;
import java.time.Instant;
import org.viltzoom.zoomsimulator.playback.MeetingScript;
import org.viltzoom.zoomsimulator.playback.ScriptParticipant;
import org.viltzoom.zoomsimulator.playback.ScriptStep;

/**
 * The simulator's script of a benchmark webinar, from the scheduled start to the scheduled end.
 * In round r every learner joins at r hours plus up to a minute and leaves 45 minutes later,
 * each time as a new connection. Learners join as guests with their enrollment email, as
 * registrants of a webinar do.
 */
final class WebinarScript {

    static final Duration ROUND = Duration.ofHours(1);
    static final Duration TIME_IN_ROUND = Duration.ofMinutes(45);

    private WebinarScript() {
    }

    /** Returns how many notifications the steps before the end send: the start, then a join and a leave per connection. */
    static int notificationsBeforeEnd(int learners, int rounds) {
        return 1 + 2 * learners * rounds;
    }

    static MeetingScript of(long webinarId, String instanceUuid, Instant start, int learners, int rounds) {
        MeetingScript script = new MeetingScript();
        script.meetingId = webinarId;
        script.hostId = SimulatedZoom.HOST_ID;
        script.webinar = true;
        script.topic = "Benchmark session";
        script.timezone = "Europe/Berlin";
        script.uuid = instanceUuid;
        for (int i = 0; i < learners; i++) {
            ScriptParticipant learner = new ScriptParticipant();
            learner.name = "Learner " + i;
            learner.email = AttendanceScenario.email(i);
            script.participants.put(key(i), learner);
        }

        int minutes = (int) ROUND.multipliedBy(rounds).toMinutes();
        script.steps.add(step(start, "start", null));
        script.steps.get(0).duration = minutes;
        for (int round = 0; round < rounds; round++) {
            Instant roundStart = start.plus(ROUND.multipliedBy(round));
            for (int i = 0; i < learners; i++) {
                script.steps.add(step(roundStart.plusSeconds(i % 60), "join", key(i)));
            }
            for (int i = 0; i < learners; i++) {
                script.steps.add(step(roundStart.plus(TIME_IN_ROUND), "leave", key(i)));
            }
        }
        ScriptStep end = step(end(start, rounds), "end", null);
        end.duration = minutes;
        script.steps.add(end);
        return script;
    }

    static Instant end(Instant start, int rounds) {
        return start.plus(ROUND.multipliedBy(rounds));
    }

    private static String key(int learner) {
        return "learner-" + learner;
    }

    private static ScriptStep step(Instant at, String action, String participant) {
        ScriptStep step = new ScriptStep();
        step.at = at;
        step.action = action;
        step.participant = participant;
        return step;
    }
}
