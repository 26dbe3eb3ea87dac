package org.viltzoom.localrun.lms;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.viltzoom.zoomsimulator.playback.MeetingScript;
import org.viltzoom.zoomsimulator.playback.ScriptStep;

/**
 * Turns a scenario into the simulator's meeting script for one webinar. It tracks who is
 * connected, as the simulator will, for two reasons. It rejects a scenario the simulator could
 * not play, and it counts the notifications Zoom sends, including a leave for each connection
 * still open when an instance ends.
 */
final class ScenarioScript {

    private static final Set<String> ACTIONS = Set.of("start", "restart", "join", "leave", "end",
            "join_breakout_room", "leave_breakout_room", "role_changed");

    private final Scenario scenario;
    private final Cast cast;
    private final Instant scheduledStart;
    private final MeetingScript script = new MeetingScript();
    private final Set<String> connected = new HashSet<>();
    private final List<PlayableScript.Note> notes = new ArrayList<>();
    private Instant instanceStart;
    private Duration actualLength = Duration.ZERO;
    private int notifications;
    private Instant lastDeliveryAt;

    private ScenarioScript(Scenario scenario, Cast cast, long meetingId, Instant scheduledStart) {
        this.scenario = scenario;
        this.cast = cast;
        this.scheduledStart = scheduledStart;
        this.lastDeliveryAt = scheduledStart;
        script.meetingId = meetingId;
        script.leavesAtEnd = scenario.leavesAtEnd();
        script.leaveAfterEndSeconds = scenario.leaveAfterEndSeconds();
    }

    /**
     * Returns the script of the scenario for the webinar with this id and scheduled start.
     *
     * @throws IllegalArgumentException when a step names an unknown action or person, or does
     *     what Zoom could not report. Examples are a join without a running instance, a leave of a
     *     participant who is not connected, a start while an instance runs, or no final end.
     */
    static PlayableScript build(Scenario scenario, Cast cast, long meetingId, Instant scheduledStart) {
        ScenarioScript builder = new ScenarioScript(scenario, cast, meetingId, scheduledStart);
        // A stable sort keeps the listed order of steps at the same time, as the simulator does.
        List<Scenario.Step> ordered = scenario.steps().stream()
                .sorted(Comparator.comparing(Scenario.Step::offset))
                .toList();
        for (Scenario.Step step : ordered) {
            builder.add(step);
        }
        if (builder.instanceStart != null) {
            throw new IllegalArgumentException("The scenario ends while the webinar still runs; add an end step");
        }

        Instant firstStepAt = scheduledStart.plus(ordered.get(0).offset());
        return new PlayableScript(builder.script, builder.notifications, firstStepAt, builder.lastDeliveryAt,
                builder.actualLength, List.copyOf(builder.notes));
    }

    private void add(Scenario.Step step) {
        if (!ACTIONS.contains(step.action())) {
            throw new IllegalArgumentException("Step at " + step.at() + ": action '" + step.action() + "' is not one of " + ACTIONS);
        }
        Instant at = scheduledStart.plus(step.offset());
        if (step.note() != null) {
            notes.add(new PlayableScript.Note(at, step.note()));
        }

        boolean instanceAction = step.action().equals("start") || step.action().equals("restart") || step.action().equals("end");
        List<String> keys = instanceAction ? Collections.singletonList(null) : cast.keys(step.who());
        for (String key : keys) {
            script.steps.add(scriptStep(step, at, key));
            if (key != null) {
                script.participants.putIfAbsent(key, cast.participant(key));
            }
            notifications += step.drop() ? 0 : 1 + step.duplicate();
            later(at.plusSeconds(step.delaySeconds() + step.duplicate() * step.duplicateDelaySeconds()));
            follow(step, at, key);
        }
    }

    /** Applies the step to who is connected and to the instance, as the simulator will. */
    private void follow(Scenario.Step step, Instant at, String key) {
        String where = "Step at " + step.at() + " (" + step.action() + (key == null ? "" : " " + key) + "): ";
        switch (step.action()) {
            case "start", "restart" -> {
                if (instanceStart != null) {
                    throw new IllegalArgumentException(where + "the webinar is running already; end it first");
                }
                instanceStart = at;
            }
            case "end" -> {
                requireRunning(where);
                actualLength = actualLength.plus(Duration.between(instanceStart, at));
                instanceStart = null;
                if (!scenario.leavesAtEnd().equals("never")) {
                    notifications += connected.size();
                }
                if (scenario.leavesAtEnd().equals("after_end")) {
                    later(at.plusSeconds(step.delaySeconds() + scenario.leaveAfterEndSeconds()));
                }
                connected.clear();
            }
            case "join" -> {
                requireRunning(where);
                if (!connected.add(key)) {
                    throw new IllegalArgumentException(where + "already connected; use a #device suffix for a second connection");
                }
            }
            case "leave" -> {
                if (!connected.remove(key)) {
                    throw new IllegalArgumentException(where + "not connected at that time");
                }
            }
            default -> {
                if (!connected.contains(key)) {
                    throw new IllegalArgumentException(where + "not connected at that time");
                }
            }
        }
    }

    private void requireRunning(String where) {
        if (instanceStart == null) {
            throw new IllegalArgumentException(where + "the webinar is not running; add a start or restart step first");
        }
    }

    private void later(Instant due) {
        if (due.isAfter(lastDeliveryAt)) {
            lastDeliveryAt = due;
        }
    }

    private static ScriptStep scriptStep(Scenario.Step step, Instant at, String participant) {
        ScriptStep scriptStep = new ScriptStep();
        scriptStep.at = at;
        scriptStep.action = step.action();
        scriptStep.participant = participant;
        scriptStep.delaySeconds = step.delaySeconds();
        scriptStep.duplicate = step.duplicate();
        scriptStep.duplicateDelaySeconds = step.duplicateDelaySeconds();
        scriptStep.drop = step.drop();
        scriptStep.leaveReason = step.leaveReason();
        return scriptStep;
    }
}
