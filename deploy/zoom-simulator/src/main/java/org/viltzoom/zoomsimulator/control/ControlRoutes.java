package org.viltzoom.zoomsimulator.control;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.viltzoom.zoomsimulator.Json;
import org.viltzoom.zoomsimulator.SimulatorCore;
import org.viltzoom.zoomsimulator.faults.FaultRule;
import org.viltzoom.zoomsimulator.playback.MeetingScript;
import org.viltzoom.zoomsimulator.playback.PlaybackResult;
import org.viltzoom.zoomsimulator.ratelimit.DailyLimitVariant;
import org.viltzoom.zoomsimulator.ratelimit.RateLimitSettings;
import org.viltzoom.zoomsimulator.state.Recording;
import org.viltzoom.zoomsimulator.webhooks.Delivery;
import org.viltzoom.zoomsimulator.webhooks.UrlValidationResult;
import org.viltzoom.zoomsimulator.webhooks.WebhookSender;

/**
 * The control API over HTTP under /_sim: JSON in, JSON out, 400 with {"error"} for invalid
 * input. Each route calls the matching {@link SimulatorControl} method.
 */
public class ControlRoutes {

    /** Reads a control body and rejects text after the JSON value, which Jackson ignores by default. */
    private static final ObjectReader CONTROL_BODY = Json.MAPPER.reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** Maximum webhook response timeout. Zoom itself waits 3 seconds. */
    private static final Duration MAX_WEBHOOK_TIMEOUT = Duration.ofMinutes(10);
    /** Maximum retry delay. Zoom's last retry comes 60 minutes after the one before. */
    private static final Duration MAX_RETRY_DELAY = Duration.ofDays(1);

    private final SimulatorCore core;
    private final SimulatorControl control;

    public ControlRoutes(SimulatorCore core, SimulatorControl control) {
        this.core = core;
        this.control = control;
    }

    public void register() {
        route(HttpMethod.POST, "/_sim/reset", body -> {
            control.reset();
            return ok();
        });
        route(HttpMethod.POST, "/_sim/seed", body -> {
            control.seed(body.toString());
            return ok();
        });

        route(HttpMethod.GET, "/_sim/clock", body -> clock());
        route(HttpMethod.POST, "/_sim/clock", this::moveClock);

        route(HttpMethod.POST, "/_sim/oauth/default-user", body -> {
            control.setDefaultAuthorizingUser(text(body, "user_id"));
            return ok();
        });
        route(HttpMethod.POST, "/_sim/oauth/lifetimes", this::setLifetimes);
        route(HttpMethod.POST, "/_sim/tokens/revoke", body -> Json.object().put("revoked",
                control.revokeTokens(optional(body, "app_id"), optional(body, "account_id"), optional(body, "user_id"))));

        route(HttpMethod.POST, "/_sim/faults", body -> {
            control.addFault(read(body, FaultRule.class));
            return ok();
        });
        route(HttpMethod.DELETE, "/_sim/faults", body -> {
            control.clearFaults();
            return ok();
        });
        route(HttpMethod.POST, "/_sim/faults/lost-token-response", body -> {
            control.loseNextTokenResponses(body.path("count").asInt(1));
            return ok();
        });

        route(HttpMethod.POST, "/_sim/rate-limits", this::setRateLimits);
        route(HttpMethod.POST, "/_sim/report-delay", body -> {
            control.setReportDelay(Duration.ofSeconds(body.path("seconds").asLong()));
            return ok();
        });
        route(HttpMethod.POST, "/_sim/webhooks/settings", this::setWebhookSettings);

        registerAppRoutes();
        registerZoomSideRoutes();
        route(HttpMethod.POST, "/_sim/playback", body -> playbackJson(control.play(read(body, MeetingScript.class))));

        route(HttpMethod.GET, "/_sim/deliveries", body -> deliveriesJson(control.deliveries()));
        route(HttpMethod.GET, "/_sim/requests", body -> Json.MAPPER.valueToTree(control.requests().stream()
                .map(entry -> Json.object().put("at", entry.at().toString()).put("method", entry.method())
                        .put("path", entry.path()).put("status", entry.status()))
                .toList()));
        route(HttpMethod.GET, "/_sim/failures", body -> Json.MAPPER.valueToTree(control.scheduledTaskFailures()));
        route(HttpMethod.GET, "/_sim/url-validations", body -> Json.MAPPER.valueToTree(control.urlValidations()));
        route(HttpMethod.DELETE, "/_sim/logs", body -> {
            control.clearLogs();
            return ok();
        });
    }

    private void registerAppRoutes() {
        core.router.route(HttpMethod.POST, "/_sim/apps/:appId/url-validation").blockingHandler(context -> handle(context, body -> {
            UrlValidationResult result = control.validateWebhookUrl(context.pathParam("appId"),
                    body.path("plain_token").asText(core.state.newId()));
            return Json.MAPPER.valueToTree(result);
        }));
        routeWithContext(HttpMethod.POST, "/_sim/apps/:appId/webhook-secret", (context, body) -> {
            control.rotateWebhookSecret(context.pathParam("appId"), text(body, "secret_token"));
            return ok();
        });
        routeWithContext(HttpMethod.POST, "/_sim/apps/:appId/deauthorize", (context, body) -> {
            control.deauthorizeApp(context.pathParam("appId"), text(body, "account_id"), optional(body, "user_id"));
            return ok();
        });
        routeWithContext(HttpMethod.POST, "/_sim/apps/:appId/notifications", (context, body) -> {
            control.sendNotification(context.pathParam("appId"), (ObjectNode) body);
            return ok();
        });
    }

    private void registerZoomSideRoutes() {
        routeWithContext(HttpMethod.POST, "/_sim/users/:userId/status", (context, body) -> {
            control.setUserStatus(context.pathParam("userId"), text(body, "status"));
            return ok();
        });
        routeWithContext(HttpMethod.DELETE, "/_sim/users/:userId", (context, body) -> {
            control.deleteUser(context.pathParam("userId"));
            return ok();
        });
        routeWithContext(HttpMethod.POST, "/_sim/users/:userId/disassociate", (context, body) -> {
            control.disassociateUser(context.pathParam("userId"));
            return ok();
        });
        routeWithContext(HttpMethod.PATCH, "/_sim/users/:userId", (context, body) -> {
            control.updateUser(context.pathParam("userId"), read(body, UserChanges.class));
            return ok();
        });
        routeWithContext(HttpMethod.DELETE, "/_sim/meetings/:meetingId", (context, body) -> {
            control.deleteMeetingInZoom(Long.parseLong(context.pathParam("meetingId")));
            return ok();
        });
        route(HttpMethod.POST, "/_sim/recordings", body -> {
            control.addRecording(read(body, Recording.class));
            return ok();
        });
        route(HttpMethod.POST, "/_sim/recordings/completed", body -> {
            List<String> tokens = control.completeRecording(text(body, "meeting_uuid"), body.path("copies").asInt(1),
                    Duration.ofSeconds(body.path("spacing_seconds").asLong(0)));
            return Json.object().put("deliveries", tokens.size());
        });
        route(HttpMethod.POST, "/_sim/recordings/transcript-completed", body -> {
            control.completeTranscript(text(body, "meeting_uuid"));
            return ok();
        });
    }

    private JsonNode clock() {
        return Json.object().put("now", control.now().toString()).put("frozen", core.clock.isFrozen());
    }

    /** Body {"set": "2026-05-01T14:00:00Z"} or {"advance_seconds": 300}. */
    private JsonNode moveClock(JsonNode body) {
        if (body.hasNonNull("set")) {
            control.setClock(Instant.parse(body.get("set").asText()));
        }
        if (body.hasNonNull("advance_seconds")) {
            control.advanceClock(Duration.ofSeconds(body.get("advance_seconds").asLong()));
        }
        return clock();
    }

    private JsonNode setLifetimes(JsonNode body) {
        var lifetimes = control.tokenLifetimes();
        if (body.has("authorization_code_seconds")) {
            lifetimes.authorizationCode = Duration.ofSeconds(body.get("authorization_code_seconds").asLong());
        }
        if (body.has("access_token_seconds")) {
            lifetimes.accessToken = Duration.ofSeconds(body.get("access_token_seconds").asLong());
        }
        if (body.has("refresh_token_seconds")) {
            lifetimes.refreshToken = Duration.ofSeconds(body.get("refresh_token_seconds").asLong());
        }
        if (body.has("server_to_server_single_token")) {
            lifetimes.serverToServerSingleToken = body.get("server_to_server_single_token").asBoolean();
        }
        return ok();
    }

    private JsonNode setRateLimits(JsonNode body) {
        RateLimitSettings settings = control.rateLimits();
        if (body.has("enabled")) {
            settings.enabled = body.get("enabled").asBoolean();
        }
        if (body.has("daily_meeting_writes")) {
            settings.dailyMeetingWrites = body.get("daily_meeting_writes").asInt();
        }
        if (body.has("daily_limit_counts_deletes")) {
            settings.dailyLimitCountsDeletes = body.get("daily_limit_counts_deletes").asBoolean();
        }
        if (body.has("daily_variant")) {
            settings.dailyVariant = DailyLimitVariant.valueOf(body.get("daily_variant").asText().toUpperCase());
        }
        return ok();
    }

    /** Applies the delivery settings in the body, or none of them when one is invalid. */
    private JsonNode setWebhookSettings(JsonNode body) {
        List<String> known = List.of("concurrency", "timeout_ms", "retry_delays_seconds");
        body.fieldNames().forEachRemaining(field -> {
            if (!known.contains(field)) {
                throw new IllegalArgumentException("Unknown webhook setting: " + field + "; the settings are " + known);
            }
        });

        Integer concurrency = body.has("concurrency") ? webhookConcurrency(body.get("concurrency")) : null;
        Duration timeout = body.has("timeout_ms") ? webhookTimeout(body.get("timeout_ms")) : null;
        List<Duration> retryDelays = body.has("retry_delays_seconds")
                ? webhookRetryDelays(body.get("retry_delays_seconds"))
                : null;

        if (concurrency != null) {
            control.setWebhookConcurrency(concurrency);
        }
        if (timeout != null) {
            control.setWebhookTimeout(timeout);
        }
        if (retryDelays != null) {
            control.setWebhookRetryDelays(retryDelays);
        }
        return ok();
    }

    private static int webhookConcurrency(JsonNode concurrency) {
        if (!concurrency.isIntegralNumber()) {
            throw new IllegalArgumentException("concurrency must be a whole number, not " + concurrency);
        }
        if (!concurrency.canConvertToLong()) {
            throw new IllegalArgumentException("Webhook concurrency must be between 1 and "
                    + WebhookSender.MAX_CONCURRENCY + ", not " + concurrency);
        }
        WebhookSender.checkConcurrency(concurrency.asLong());
        return concurrency.asInt();
    }

    private static Duration webhookTimeout(JsonNode timeout) {
        if (!timeout.isIntegralNumber() || !timeout.canConvertToLong() || timeout.asLong() < 1
                || timeout.asLong() > MAX_WEBHOOK_TIMEOUT.toMillis()) {
            throw new IllegalArgumentException("timeout_ms must be a whole number of milliseconds from 1 to "
                    + MAX_WEBHOOK_TIMEOUT.toMillis() + ", not " + timeout);
        }
        return Duration.ofMillis(timeout.asLong());
    }

    private static List<Duration> webhookRetryDelays(JsonNode values) {
        if (!values.isArray()) {
            throw new IllegalArgumentException("retry_delays_seconds must be an array of whole seconds, not " + values);
        }
        List<Duration> delays = new ArrayList<>();
        for (JsonNode value : values) {
            if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0
                    || value.asLong() > MAX_RETRY_DELAY.toSeconds()) {
                throw new IllegalArgumentException("retry_delays_seconds must contain whole seconds from 0 to "
                        + MAX_RETRY_DELAY.toSeconds() + ", not " + value);
            }
            delays.add(Duration.ofSeconds(value.asLong()));
        }
        return delays;
    }

    private static JsonNode playbackJson(PlaybackResult result) {
        ObjectNode json = Json.object().put("meeting_id", result.meetingId());
        ArrayNode uuids = json.putArray("instance_uuids");
        result.instanceUuids().forEach(uuids::add);
        return json;
    }

    private static JsonNode deliveriesJson(List<Delivery> deliveries) {
        ArrayNode list = Json.array();
        for (Delivery delivery : deliveries) {
            list.addObject()
                    .put("notification_id", delivery.notificationId())
                    .put("app_id", delivery.appId())
                    .put("event", delivery.event())
                    .put("attempt", delivery.attempt())
                    .put("at", delivery.at().toString())
                    .put("tracking_id", delivery.trackingId())
                    .put("status", delivery.status())
                    .put("error", delivery.error());
        }
        return list;
    }

    private interface ContextHandler {
        JsonNode handle(RoutingContext context, JsonNode body);
    }

    private void route(HttpMethod method, String path, Function<JsonNode, JsonNode> handler) {
        routeWithContext(method, path, (context, body) -> handler.apply(body));
    }

    private void routeWithContext(HttpMethod method, String path, ContextHandler handler) {
        core.router.route(method, path).handler(context -> handle(context, body -> handler.handle(context, body)));
    }

    private static void handle(RoutingContext context, Function<JsonNode, JsonNode> handler) {
        try {
            String text = context.body().asString();
            JsonNode body = text == null || text.isBlank() ? Json.object() : CONTROL_BODY.readTree(text);
            if (!body.isObject()) {
                throw new IllegalArgumentException("The body must be a JSON object, not " + body.getNodeType() + ".");
            }
            JsonNode answer = handler.apply(body);
            context.response().putHeader("content-type", "application/json;charset=UTF-8").end(answer.toString());
        } catch (IOException | RuntimeException e) {
            context.response().setStatusCode(400).putHeader("content-type", "application/json;charset=UTF-8")
                    .end(Json.object().put("error", String.valueOf(e.getMessage())).toString());
        }
    }

    private static <T> T read(JsonNode body, Class<T> type) {
        try {
            return Json.SEED_MAPPER.treeToValue(body, type);
        } catch (IOException e) {
            throw new IllegalArgumentException("Invalid " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode body, String field) {
        String value = optional(body, field);
        if (value == null) {
            throw new IllegalArgumentException("Missing field: " + field);
        }
        return value;
    }

    private static String optional(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static JsonNode ok() {
        return Json.object().put("status", "ok");
    }
}
