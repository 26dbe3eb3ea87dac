package org.viltzoom.zoomsimulator.control;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.viltzoom.zoomsimulator.Json;
import org.viltzoom.zoomsimulator.SimulatorCore;
import org.viltzoom.zoomsimulator.faults.FaultRule;
import org.viltzoom.zoomsimulator.http.RequestLog;
import org.viltzoom.zoomsimulator.oauth.TokenLifetimes;
import org.viltzoom.zoomsimulator.playback.MeetingScript;
import org.viltzoom.zoomsimulator.playback.PlaybackResult;
import org.viltzoom.zoomsimulator.playback.Playback;
import org.viltzoom.zoomsimulator.ratelimit.RateLimitSettings;
import org.viltzoom.zoomsimulator.state.Meeting;
import org.viltzoom.zoomsimulator.state.OAuthApp;
import org.viltzoom.zoomsimulator.state.Recording;
import org.viltzoom.zoomsimulator.state.Seed;
import org.viltzoom.zoomsimulator.state.User;
import org.viltzoom.zoomsimulator.webhooks.Delivery;
import org.viltzoom.zoomsimulator.webhooks.DeliveryCounts;
import org.viltzoom.zoomsimulator.webhooks.Notifications;
import org.viltzoom.zoomsimulator.webhooks.UrlValidationResult;

/**
 * The control API in Java: seeds state, moves the clock, injects faults and triggers what a
 * person would do in Zoom. The HTTP control routes under /_sim call the same methods.
 */
public class SimulatorControl {

    private final SimulatorCore core;
    private final Playback playback;
    private final ZoomSideActions actions;

    public SimulatorControl(SimulatorCore core) {
        this.core = core;
        this.playback = new Playback(core);
        this.actions = new ZoomSideActions(core);
    }

    public void seed(Seed seed) {
        synchronized (core.state) {
            core.state.apply(seed);
        }
    }

    public void seed(String json) {
        try {
            seed(Json.SEED_MAPPER.readValue(json, Seed.class));
        } catch (IOException e) {
            throw new IllegalArgumentException("Invalid seed document: " + e.getMessage(), e);
        }
    }

    /** Forgets all state, tokens, faults, scheduled tasks and logs, and lets the clock run again. */
    public void reset() {
        synchronized (core.state) {
            core.state.clear();
            core.tokens.clear();
            core.faults.clear();
            core.rateLimiter.clear();
            core.scheduler.clear();
            core.webhooks.clearQueue();
            core.webhooks.clearDeliveries();
            core.requestLog.clear();
            core.downloadTokens.clear();
            core.clock.set(null);
        }
    }

    public Instant now() {
        return core.clock.instant();
    }

    /** Freezes the clock at the instant and runs the tasks that became due. */
    public void setClock(Instant instant) {
        core.clock.set(instant);
        core.runDueTasks();
    }

    /** Moves the clock forward and runs the tasks that became due, in order of their instants. */
    public Instant advanceClock(Duration duration) {
        Instant target = core.clock.instant().plus(duration);
        for (Instant due : core.scheduler.pendingInstants()) {
            if (due.isAfter(target)) {
                break;
            }
            if (due.isAfter(core.clock.instant())) {
                core.clock.set(due);
            }
            core.runDueTasks();
        }
        core.clock.set(target);
        core.runDueTasks();
        return target;
    }

    public void setDefaultAuthorizingUser(String userId) {
        synchronized (core.state) {
            core.state.defaultAuthorizingUser = userId;
        }
    }

    public TokenLifetimes tokenLifetimes() {
        return core.tokens.lifetimes;
    }

    /** Revokes tokens; a null argument matches every value. Returns how many were revoked. */
    public int revokeTokens(String appId, String accountId, String userId) {
        synchronized (core.state) {
            return core.tokens.revokeAll(appId, accountId, userId);
        }
    }

    public void addFault(FaultRule rule) {
        core.faults.add(rule);
    }

    public void clearFaults() {
        core.faults.clear();
    }

    /** Applies the next refresh_token grants but closes the connection instead of responding. */
    public void loseNextTokenResponses(int count) {
        core.faults.loseTokenResponses(count);
    }

    public RateLimitSettings rateLimits() {
        return core.rateLimiter.settings;
    }

    public void setReportDelay(Duration delay) {
        core.reportDelay = delay;
    }

    public void setWebhookRetryDelays(List<Duration> delays) {
        core.webhooks.retryDelays = List.copyOf(delays);
    }

    /**
     * Sets how many notifications may be in flight at once. The default of 1 sends them one at a
     * time in the order they became due, and more sends them concurrently, as Zoom does.
     */
    public void setWebhookConcurrency(int concurrency) {
        core.webhooks.setConcurrency(concurrency);
    }

    public void setWebhookTimeout(Duration timeout) {
        core.webhooks.responseTimeout = timeout;
    }

    public Duration webhookTimeout() {
        return core.webhooks.responseTimeout;
    }

    public UrlValidationResult validateWebhookUrl(String appId, String plainToken) {
        OAuthApp app;
        synchronized (core.state) {
            app = requireApp(appId);
        }
        try {
            return core.webhooks.validateUrl(app, plainToken).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while validating the webhook URL of app " + appId, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Webhook URL validation failed for app " + appId, e);
        }
    }

    public void rotateWebhookSecret(String appId, String newSecretToken) {
        synchronized (core.state) {
            requireApp(appId).webhookSecretToken = newSecretToken;
        }
    }

    public void deauthorizeApp(String appId, String accountId, String userId) {
        actions.deauthorizeApp(appId, accountId, userId);
    }

    public void setUserStatus(String userId, String status) {
        actions.setUserStatus(userId, status);
    }

    public void deleteUser(String userId) {
        actions.removeUser(userId, "user.deleted");
    }

    public void disassociateUser(String userId) {
        actions.removeUser(userId, "user.disassociated");
    }

    public void updateUser(String userId, UserChanges changes) {
        actions.updateUser(userId, changes);
    }

    public void deleteMeetingInZoom(long meetingId) {
        actions.deleteMeeting(meetingId);
    }

    public void addRecording(Recording recording) {
        synchronized (core.state) {
            core.state.recordings.put(recording.meetingUuid, recording);
        }
    }

    /**
     * Sends recording.completed for the instance {@code copies} times, {@code spacing} apart on
     * the clock, each with its own download_token, as Zoom's duplicate deliveries do.
     */
    public List<String> completeRecording(String meetingUuid, int copies, Duration spacing) {
        return actions.completeRecording(meetingUuid, copies, spacing, false);
    }

    public List<String> completeTranscript(String meetingUuid) {
        return actions.completeRecording(meetingUuid, 1, Duration.ZERO, true);
    }

    /** Sends any body to one app's webhook URL, signed like every notification. */
    public void sendNotification(String appId, ObjectNode body) {
        synchronized (core.state) {
            core.webhooks.send(requireApp(appId), body.path("event").asText(), body);
        }
    }

    public PlaybackResult play(MeetingScript script) {
        PlaybackResult result = playback.play(script);
        core.runDueTasks();
        return result;
    }

    /** Returns every URL validation result, including Zoom's repeats every 72 hours on the clock. */
    public List<UrlValidationResult> urlValidations() {
        return core.webhooks.validations();
    }

    /** Returns errors of scheduled work that failed, such as an invalid script step. */
    public List<String> scheduledTaskFailures() {
        return core.scheduler.failures();
    }

    public List<Delivery> deliveries() {
        return core.webhooks.deliveries();
    }

    public DeliveryCounts deliveryCounts() {
        return core.webhooks.counts();
    }

    /** Waits in real time, at most the timeout, until the deliveries satisfy the condition. */
    public List<Delivery> awaitDeliveries(Predicate<List<Delivery>> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Delivery> current = deliveries();
            if (condition.test(current)) {
                return current;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Timed out after " + timeout + " waiting for webhook deliveries; have " + current.size());
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for webhook deliveries", e);
            }
        }
    }

    public List<RequestLog.Entry> requests() {
        return core.requestLog.entries();
    }

    public long countRequests(String method, String pathRegex) {
        return core.requestLog.count(method, pathRegex);
    }

    public void clearLogs() {
        core.requestLog.clear();
        core.webhooks.clearDeliveries();
    }

    public Meeting meeting(long meetingId) {
        synchronized (core.state) {
            return core.state.meetings.get(meetingId);
        }
    }

    /** Returns the ids of the registrants of a meeting or webinar, in the order they registered. */
    public List<String> registrantIds(long meetingId) {
        synchronized (core.state) {
            return core.state.registrants.values().stream()
                    .filter(registrant -> registrant.meetingId == meetingId)
                    .map(registrant -> registrant.id)
                    .toList();
        }
    }

    public User user(String userId) {
        synchronized (core.state) {
            return core.state.users.get(userId);
        }
    }

    private OAuthApp requireApp(String appId) {
        OAuthApp app = core.state.apps.get(appId);
        if (app == null) {
            throw new IllegalArgumentException("Unknown app: " + appId);
        }
        return app;
    }

    /** Builds a notification body in the documented shape; exposed for tests that send their own. */
    public static ObjectNode envelope(String event, Instant at, String accountId, ObjectNode object) {
        return Notifications.envelope(event, at, accountId, object);
    }
}
