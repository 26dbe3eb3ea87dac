package org.viltzoom.localrun.lms;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.viltzoom.localrun.Progress;
import org.viltzoom.zoomsimulator.control.SimulatorControl;
import org.viltzoom.zoomsimulator.playback.PlaybackResult;
import org.viltzoom.zoomsimulator.webhooks.Delivery;

/**
 * Plays a meeting script on the simulator's clock, a minute at a time, so that an hour of webinar
 * takes seconds. The simulator signs and posts each notification to attendance-service's webhook
 * as it becomes due; the player then waits until every one was acknowledged.
 */
final class ScenarioPlayer {

    private static final Duration TICK = Duration.ofMinutes(1);
    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(60);

    private final SimulatorControl zoom;
    private final Progress progress;

    ScenarioPlayer(SimulatorControl zoom, Progress progress) {
        this.zoom = zoom;
        this.progress = progress;
    }

    /**
     * Plays the script and returns the instance UUIDs Zoom gave the webinar's runs.
     *
     * @throws IllegalStateException when attendance-service rejects a notification, a script step
     *     fails in the simulator, or the notifications are not all acknowledged in time
     */
    List<String> play(PlayableScript playable, Instant scheduledStart) throws InterruptedException {
        PlaybackResult result = zoom.play(playable.script());
        Deque<PlayableScript.Note> notes = new ArrayDeque<>(playable.notes());

        // The clock stops here and from now on moves only when advanced.
        Instant now = playable.firstStepAt().minus(TICK);
        zoom.setClock(now);
        Instant end = playable.lastDeliveryAt().plusSeconds(1);
        while (now.isBefore(end)) {
            now = now.plus(TICK).isAfter(end) ? end : now.plus(TICK);
            zoom.advanceClock(Duration.between(zoom.now(), now));
            while (!notes.isEmpty() && !notes.peek().at().isAfter(now)) {
                PlayableScript.Note note = notes.poll();
                progress.detail(minutes(Duration.between(scheduledStart, note.at())) + "  " + note.text());
            }
        }

        List<String> failures = zoom.scheduledTaskFailures();
        if (!failures.isEmpty()) {
            throw new IllegalStateException("The simulator could not play some steps: " + failures);
        }
        awaitDeliveries(playable);
        return result.instanceUuids();
    }

    private void awaitDeliveries(PlayableScript playable) throws InterruptedException {
        long deadline = System.nanoTime() + DELIVERY_TIMEOUT.toNanos();
        String meetingId = Long.toString(playable.script().meetingId);
        while (true) {
            Set<Long> delivered = new HashSet<>();
            for (Delivery delivery : zoom.deliveries()) {
                if (!meetingId.equals(meetingIdOf(delivery))) {
                    continue;
                }
                if (!delivery.delivered()) {
                    throw new IllegalStateException("attendance-service responded " + delivery.status()
                            + (delivery.error() == null ? "" : " (" + delivery.error() + ")") + " to " + delivery.event()
                            + " at " + delivery.at() + "; see its log");
                }
                delivered.add(delivery.notificationId());
            }
            if (delivered.size() >= playable.notifications()) {
                progress.detail(delivered.size() + " signed notifications delivered to attendance-service, each acknowledged");
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Only " + delivered.size() + " of " + playable.notifications()
                        + " notifications were acknowledged after " + DELIVERY_TIMEOUT.toSeconds() + " s");
            }
            Thread.sleep(100);
        }
    }

    private static String meetingIdOf(Delivery delivery) {
        try {
            JsonNode id = ApiClient.JSON.readTree(delivery.body()).path("payload").path("object").path("id");
            return id.asText();
        } catch (IOException e) {
            return "";
        }
    }

    static String minutes(Duration sinceStart) {
        long seconds = sinceStart.toSeconds();
        return String.format("%s%02d:%02d", seconds < 0 ? "-" : "", Math.abs(seconds) / 60, Math.abs(seconds) % 60);
    }
}
