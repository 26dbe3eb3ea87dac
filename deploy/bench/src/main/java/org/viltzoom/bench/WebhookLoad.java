package org.viltzoom.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Posts signed notifications to a webhook URL over HTTP/1.1 keep-alive connections, in closed
 * loop (each connection sends its next request when the previous response arrived) or open loop
 * (a fixed rate, whatever the responses do). It uses Vert.x's HTTP client on one event loop: the
 * JDK's client hands every request between its selector thread and an executor, and on a
 * virtual machine with costly thread wake-ups the load generator then limits the figures.
 */
final class WebhookLoad implements AutoCloseable {

    /** The body of request number {@code sequence}; each must be unique so the topic audit can find it. */
    interface BodyFactory {
        byte[] body(int sequence);
    }

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(5);

    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
    private final HttpClient client;
    private final String target;
    private final ZoomSignature signature;
    private final BodyFactory bodies;
    private final AtomicInteger nextSequence;

    /**
     * @param connections the maximum of connections open at once. Open-loop requests beyond them
     *     wait for a free one, and that wait counts in their latency.
     */
    WebhookLoad(URI target, int connections, ZoomSignature signature, BodyFactory bodies, AtomicInteger nextSequence) {
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setPipelining(false),
                new PoolOptions().setHttp1MaxSize(connections));
        this.target = target.toString();
        this.signature = signature;
        this.bodies = bodies;
        this.nextSequence = nextSequence;
    }

    /**
     * Keeps {@code connections} requests in flight until the duration ends or {@code maxRequests}
     * were sent, each connection sending again as soon as its response arrives.
     */
    LoadResult closedLoop(int connections, Duration duration, long maxRequests) throws InterruptedException {
        Outcomes outcomes = new Outcomes();
        AtomicLong budget = new AtomicLong(maxRequests);
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        CountDownLatch finished = new CountDownLatch(connections);

        for (int i = 0; i < connections; i++) {
            new Chain(outcomes, budget, deadline, finished).sendNext();
        }
        if (!finished.await(duration.plus(REQUEST_TIMEOUT).toSeconds() + 5, TimeUnit.SECONDS)) {
            outcomes.other.merge("unanswered", finished.getCount(), Long::sum);
        }
        return outcomes.result((System.nanoTime() - started) / 1e9);
    }

    /** One connection's worth of closed-loop requests, each sent when the previous one completed. */
    private final class Chain {
        private final Outcomes outcomes;
        private final AtomicLong budget;
        private final long deadline;
        private final CountDownLatch finished;

        Chain(Outcomes outcomes, AtomicLong budget, long deadline, CountDownLatch finished) {
            this.outcomes = outcomes;
            this.budget = budget;
            this.deadline = deadline;
            this.finished = finished;
        }

        void sendNext() {
            if (System.nanoTime() >= deadline || budget.getAndDecrement() <= 0) {
                finished.countDown();
                return;
            }
            int sequence = nextSequence.getAndIncrement();
            long sentAt = System.nanoTime();
            outcomes.sent.incrementAndGet();
            post(sequence).onComplete(result -> {
                outcomes.complete(sequence, result.succeeded() ? result.result() : 0, result.cause(),
                        System.nanoTime() - sentAt);
                sendNext();
            });
        }
    }

    /**
     * Sends {@code rate} requests per second for the duration. Each latency runs from the
     * scheduled send time, not from the moment the request left, which avoids coordinated
     * omission: a request that had to wait behind a stall counts that wait.
     */
    LoadResult openLoop(int rate, Duration duration) throws InterruptedException {
        Outcomes outcomes = new Outcomes();
        long count = rate * duration.toSeconds();
        long periodNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        CountDownLatch answered = new CountDownLatch((int) count);
        long started = System.nanoTime();

        for (long i = 0; i < count; i++) {
            long scheduled = started + i * periodNanos;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int sequence = nextSequence.getAndIncrement();
            outcomes.sent.incrementAndGet();
            post(sequence).onComplete(result -> {
                outcomes.complete(sequence, result.succeeded() ? result.result() : 0, result.cause(),
                        System.nanoTime() - scheduled);
                answered.countDown();
            });
        }
        if (!answered.await(REQUEST_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS)) {
            outcomes.other.merge("unanswered", answered.getCount(), Long::sum);
        }
        return outcomes.result((System.nanoTime() - started) / 1e9);
    }

    /** Posts request number {@code sequence}, signed, and completes with the status code once the response was read. */
    private Future<Integer> post(int sequence) {
        byte[] body = bodies.body(sequence);
        long timestamp = Instant.now().getEpochSecond();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setAbsoluteURI(target)
                .setConnectTimeout(REQUEST_TIMEOUT.toMillis())
                .setTimeout(REQUEST_TIMEOUT.toMillis())
                .putHeader("content-type", "application/json; charset=utf-8")
                .putHeader("x-zm-request-timestamp", Long.toString(timestamp))
                .putHeader("x-zm-signature", signature.sign(timestamp, body));
        return client.request(options)
                .compose(request -> request.send(Buffer.buffer(body)))
                .compose(response -> response.end().map(ignored -> response.statusCode()));
    }

    @Override
    public void close() {
        client.close();
        vertx.close();
    }

    private static final class Outcomes {
        final AtomicLong sent = new AtomicLong();
        final AtomicLong acknowledged = new AtomicLong();
        final Histogram latency = new ConcurrentHistogram(HIGHEST_MICROS, 3);
        final Set<Integer> acknowledgedSequences = ConcurrentHashMap.newKeySet();
        final Map<String, Long> other = new ConcurrentHashMap<>();

        /** Records a response with its status code, or a failure with its cause when {@code failure} is not null. */
        void complete(int sequence, int status, Throwable failure, long latencyNanos) {
            latency.recordValue(Math.min(HIGHEST_MICROS, latencyNanos / 1000));
            if (failure != null) {
                other.merge(failure.getClass().getSimpleName(), 1L, Long::sum);
            } else if (status == 204) {
                acknowledged.incrementAndGet();
                acknowledgedSequences.add(sequence);
            } else {
                other.merge("HTTP " + status, 1L, Long::sum);
            }
        }

        LoadResult result(double elapsedSeconds) {
            return new LoadResult(sent.get(), acknowledged.get(), elapsedSeconds, latency, Set.copyOf(acknowledgedSequences),
                    Map.copyOf(other));
        }
    }
}
