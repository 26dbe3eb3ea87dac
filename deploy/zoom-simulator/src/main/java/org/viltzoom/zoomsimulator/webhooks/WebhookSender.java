package org.viltzoom.zoomsimulator.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.viltzoom.zoomsimulator.Json;
import org.viltzoom.zoomsimulator.clock.ClockScheduler;
import org.viltzoom.zoomsimulator.clock.SimClock;
import org.viltzoom.zoomsimulator.state.OAuthApp;

/**
 * Posts signed notifications to apps' webhook URLs. A delivery that gets no 200 or 204 within
 * the response timeout (3 seconds) is retried after each of {@code retryDelays} on the simulator
 * clock, each counted from the previous attempt, then dropped. Source: Zoom developer blog,
 * "Resolving webhook delays": three retries, 5 minutes after the first delivery, 20 minutes after
 * the first retry and 60 minutes after the second. A retry sends the same bytes with a new
 * timestamp, signature and tracking id.
 */
public class WebhookSender {

    private static final Logger LOG = System.getLogger(WebhookSender.class.getName());

    /** The maximum of deliveries in flight at once, and the size of the connection pool. */
    public static final int MAX_CONCURRENCY = 64;

    private final WebClient client;
    private final SimClock clock;
    private final ClockScheduler scheduler;
    private final AtomicLong notificationIds = new AtomicLong();
    private final List<Delivery> deliveries = new ArrayList<>();

    public volatile List<Duration> retryDelays = List.of(Duration.ofMinutes(5), Duration.ofMinutes(20), Duration.ofMinutes(60));
    public volatile Duration responseTimeout = Duration.ofSeconds(3);
    /**
     * How many deliveries may be in flight at once, taken in the order they became due. The
     * default of 1 gives tests a fixed order; Zoom gives no order guarantee and sends
     * concurrently, which a higher value plays.
     */
    private volatile int concurrency = 1;
    private volatile boolean closed;
    /**
     * Zoom repeats the URL validation every 72 hours (Zoom developer changelog, "Webhook
     * validation and verification changes").
     */
    public volatile Duration revalidationInterval = Duration.ofHours(72);

    private final Object stateLock;
    private final List<UrlValidationResult> validations = new ArrayList<>();
    private final Map<String, Long> validationGenerations = new HashMap<>();
    private final Deque<Runnable> queue = new ArrayDeque<>();
    private int inFlight = 0;
    private boolean dispatching = false;
    private long delivered = 0;

    /** Reads each app's URL and secret under {@code stateLock}, the simulator's state lock. */
    public WebhookSender(Vertx vertx, SimClock clock, ClockScheduler scheduler, Object stateLock) {
        this.client = WebClient.create(vertx, new WebClientOptions().setMaxPoolSize(MAX_CONCURRENCY));
        this.clock = clock;
        this.scheduler = scheduler;
        this.stateLock = stateLock;
    }

    /** Sends a notification body to the app; the body is serialized once, so retries are byte-identical. */
    public long send(OAuthApp app, String event, ObjectNode body) {
        byte[] raw = serialize(body);
        long id = notificationIds.incrementAndGet();
        attempt(app, id, event, raw, 1);
        return id;
    }

    /** Sends exact bytes again as a new notification, as Zoom's duplicate deliveries do. */
    public long sendRaw(OAuthApp app, String event, byte[] raw) {
        long id = notificationIds.incrementAndGet();
        attempt(app, id, event, raw, 1);
        return id;
    }

    /**
     * Sends the endpoint.url_validation challenge and checks the response (Zoom docs: Webhooks >
     * Validate your webhook endpoint).
     */
    public Future<UrlValidationResult> validateUrl(OAuthApp app, String plainToken) {
        long generation;
        synchronized (this) {
            generation = validationGenerations.merge(app.id, 1L, Long::sum);
        }
        return challenge(app, plainToken).onSuccess(result -> {
            synchronized (this) {
                validations.add(result);
            }
            scheduleRevalidation(app, generation);
        });
    }

    /** Schedules the next challenge unless a newer validation of the app replaced this chain. */
    private void scheduleRevalidation(OAuthApp app, long generation) {
        scheduler.schedule(clock.instant().plus(revalidationInterval), () -> {
            synchronized (this) {
                if (validationGenerations.getOrDefault(app.id, 0L) != generation) {
                    return;
                }
            }
            challenge(app, UUID.randomUUID().toString().replace("-", "").substring(0, 22)).onSuccess(result -> {
                synchronized (this) {
                    validations.add(result);
                }
                scheduleRevalidation(app, generation);
            });
        });
    }

    public synchronized List<UrlValidationResult> validations() {
        return List.copyOf(validations);
    }

    private Future<UrlValidationResult> challenge(OAuthApp app, String plainToken) {
        ObjectNode body = Json.object();
        body.putObject("payload").put("plainToken", plainToken);
        body.put("event_ts", clock.instant().toEpochMilli());
        body.put("event", "endpoint.url_validation");
        byte[] raw = serialize(body);
        String expected;
        synchronized (stateLock) {
            expected = WebhookSignature.encryptedToken(app.webhookSecretToken, plainToken);
        }

        return post(app, raw, UUID.randomUUID().toString()).map(response -> {
            String text = response.bodyAsString();
            boolean matches = response.statusCode() == 200 && answerMatches(text, plainToken, expected);
            return new UrlValidationResult(matches, response.statusCode(), plainToken, expected, text, null);
        }).recover(failure -> Future.succeededFuture(
                new UrlValidationResult(false, 0, plainToken, expected, null, failure.toString())));
    }

    public synchronized List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /** Counts without copying the log, for callers that poll while many deliveries run. */
    public synchronized DeliveryCounts counts() {
        return new DeliveryCounts(deliveries.size(), delivered, queue.size() + inFlight);
    }

    /** Throws when {@code concurrency} is outside 1 to {@link #MAX_CONCURRENCY}. */
    public static void checkConcurrency(long concurrency) {
        if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
            throw new IllegalArgumentException("Webhook concurrency must be between 1 and " + MAX_CONCURRENCY
                    + ", not " + concurrency);
        }
    }

    public void setConcurrency(int concurrency) {
        checkConcurrency(concurrency);
        this.concurrency = concurrency;
        dispatch();
    }

    public synchronized void clearQueue() {
        queue.clear();
    }

    public synchronized void clearDeliveries() {
        deliveries.clear();
        delivered = 0;
        validations.clear();
    }

    /**
     * Drops the queued deliveries and closes the HTTP client. Deliveries still in flight then fail
     * with a closed connection, and they are neither recorded nor retried.
     */
    public void close() {
        int dropped;
        synchronized (this) {
            closed = true;
            dropped = queue.size();
            queue.clear();
        }
        if (dropped > 0) {
            LOG.log(Level.INFO, "Dropped {0} queued webhook deliveries because the simulator is closing", dropped);
        }
        client.close();
    }

    private void attempt(OAuthApp app, long notificationId, String event, byte[] raw, int attempt) {
        synchronized (this) {
            queue.add(() -> deliver(app, notificationId, event, raw, attempt, this::finished));
        }
        dispatch();
    }

    /**
     * Starts queued deliveries while fewer than {@link #concurrency} are in flight. One thread
     * dispatches at a time, and the others leave their work to it. It decides to stop under the
     * lock in which a finished delivery frees its place, so no queued delivery is stranded.
     */
    private void dispatch() {
        synchronized (this) {
            if (dispatching) {
                return;
            }
            dispatching = true;
        }
        while (true) {
            Runnable next;
            synchronized (this) {
                next = inFlight < concurrency && !closed ? queue.poll() : null;
                if (next == null) {
                    dispatching = false;
                    return;
                }
                inFlight++;
            }
            try {
                next.run();
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "Could not start a webhook delivery", e);
                synchronized (this) {
                    inFlight--;
                }
            }
        }
    }

    private void finished() {
        synchronized (this) {
            inFlight--;
        }
        dispatch();
    }

    /** Posts one attempt, records it, schedules a retry when it failed, then runs {@code done}. */
    private void deliver(OAuthApp app, long notificationId, String event, byte[] raw, int attempt, Runnable done) {
        synchronized (stateLock) {
            if (app.webhookUrl == null) {
                done.run();
                return;
            }
        }
        String trackingId = UUID.randomUUID().toString();
        Instant sentAt = clock.instant();
        post(app, raw, trackingId).onComplete(result -> {
            if (closed) {
                done.run();
                return;
            }
            int status = result.succeeded() ? result.result().statusCode() : 0;
            String error = result.succeeded() ? null : result.cause().toString();
            Delivery delivery = new Delivery(notificationId, app.id, event, attempt, sentAt,
                    trackingId, status, error, new String(raw, StandardCharsets.UTF_8));
            // The retry is due relative to the attempt, and scheduled before the attempt becomes
            // visible: a test that observes the failure may move the clock at once.
            try {
                if (!delivery.delivered()) {
                    scheduleRetry(app, notificationId, event, raw, attempt, sentAt, status, error);
                }
            } catch (RuntimeException e) {
                // The delivery slot must be released whatever happens, or no notification is sent again.
                LOG.log(Level.ERROR, "Could not schedule the retry of notification " + notificationId, e);
            } finally {
                synchronized (this) {
                    deliveries.add(delivery);
                    delivered += delivery.delivered() ? 1 : 0;
                }
                done.run();
            }
        });
    }

    private void scheduleRetry(OAuthApp app, long notificationId, String event, byte[] raw, int attempt,
                               Instant sentAt, int status, String error) {
        List<Duration> delays = retryDelays;
        if (attempt > delays.size()) {
            LOG.log(Level.WARNING, "Dropped notification {0} event={1} app={2} after {3} attempts, last status={4} error={5}",
                    notificationId, event, app.id, attempt, status, error);
            return;
        }
        LOG.log(Level.INFO, "Webhook delivery failed, retrying: notification={0} event={1} app={2} attempt={3} status={4} error={5}",
                notificationId, event, app.id, attempt, status, error);
        scheduler.schedule(sentAt.plus(delays.get(attempt - 1)),
                () -> attempt(app, notificationId, event, raw, attempt + 1));
    }

    private Future<HttpResponse<Buffer>> post(OAuthApp app, byte[] raw, String trackingId) {
        long timestamp = clock.instant().getEpochSecond();
        String url;
        String secretToken;
        synchronized (stateLock) {
            url = app.webhookUrl;
            secretToken = app.webhookSecretToken;
        }
        return client.postAbs(url)
                .timeout(responseTimeout.toMillis())
                .putHeader("content-type", "application/json; charset=utf-8")
                .putHeader("user-agent", "Zoom Marketplace/1.0a")
                .putHeader("x-zm-request-timestamp", Long.toString(timestamp))
                .putHeader("x-zm-signature", WebhookSignature.sign(secretToken, timestamp, raw))
                .putHeader("x-zm-trackingid", trackingId)
                .sendBuffer(Buffer.buffer(raw));
    }

    private static boolean answerMatches(String text, String plainToken, String expected) {
        try {
            JsonNode answer = Json.MAPPER.readTree(text);
            return plainToken.equals(answer.path("plainToken").asText()) && expected.equals(answer.path("encryptedToken").asText());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static byte[] serialize(ObjectNode body) {
        try {
            return Json.MAPPER.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot serialize a notification body", e);
        }
    }
}
