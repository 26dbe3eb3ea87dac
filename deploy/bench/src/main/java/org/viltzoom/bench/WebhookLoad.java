package org.viltzoom.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * Posts signed notifications to a webhook URL with the JDK's HTTP client (HTTP/1.1, one
 * connection per request in flight), in closed loop (N connections, each sends its next request
 * when the previous one is answered) or open loop (a fixed rate, whatever the answers do).
 */
final class WebhookLoad {

    /** The body of request number {@code sequence}; each must be unique so the topic audit can find it. */
    interface BodyFactory {
        byte[] body(int sequence);
    }

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(5);

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final URI target;
    private final ZoomSignature signature;
    private final BodyFactory bodies;
    private final AtomicInteger nextSequence;

    WebhookLoad(URI target, ZoomSignature signature, BodyFactory bodies, AtomicInteger nextSequence) {
        this.target = target;
        this.signature = signature;
        this.bodies = bodies;
        this.nextSequence = nextSequence;
    }

    /**
     * Sends from {@code connections} threads until the duration ends or {@code maxRequests} were
     * sent, each thread waiting for its answer before sending again.
     */
    LoadResult closedLoop(int connections, Duration duration, long maxRequests) throws InterruptedException {
        Outcomes outcomes = new Outcomes();
        AtomicLong budget = new AtomicLong(maxRequests);
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();

        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < deadline && budget.getAndDecrement() > 0) {
                    int sequence = nextSequence.getAndIncrement();
                    long sentAt = System.nanoTime();
                    outcomes.sent.incrementAndGet();
                    try {
                        HttpResponse<Void> response = client.send(request(sequence), HttpResponse.BodyHandlers.discarding());
                        outcomes.record(sequence, response.statusCode(), System.nanoTime() - sentAt);
                    } catch (IOException e) {
                        outcomes.recordFailure(e, System.nanoTime() - sentAt);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "closed-loop-" + i);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return outcomes.result((System.nanoTime() - started) / 1e9);
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
            client.sendAsync(request(sequence), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        long latency = System.nanoTime() - scheduled;
                        if (failure == null) {
                            outcomes.record(sequence, response.statusCode(), latency);
                        } else {
                            outcomes.recordFailure(failure, latency);
                        }
                        answered.countDown();
                    });
        }
        if (!answered.await(REQUEST_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS)) {
            outcomes.other.merge("unanswered", answered.getCount(), Long::sum);
        }
        return outcomes.result((System.nanoTime() - started) / 1e9);
    }

    /** Sends one request and returns its status code, for single notifications such as meeting.ended. */
    int sendOne(byte[] body) throws IOException, InterruptedException {
        return client.send(signedRequest(body), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpRequest request(int sequence) {
        return signedRequest(bodies.body(sequence));
    }

    private HttpRequest signedRequest(byte[] body) {
        long timestamp = Instant.now().getEpochSecond();
        return HttpRequest.newBuilder(target)
                .timeout(REQUEST_TIMEOUT)
                .header("content-type", "application/json; charset=utf-8")
                .header("x-zm-request-timestamp", Long.toString(timestamp))
                .header("x-zm-signature", signature.sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    private static final class Outcomes {
        final AtomicLong sent = new AtomicLong();
        final AtomicLong acknowledged = new AtomicLong();
        final Histogram latency = new ConcurrentHistogram(HIGHEST_MICROS, 3);
        final Set<Integer> acknowledgedSequences = ConcurrentHashMap.newKeySet();
        final Map<String, Long> other = new ConcurrentHashMap<>();

        void record(int sequence, int status, long latencyNanos) {
            latency.recordValue(Math.min(HIGHEST_MICROS, latencyNanos / 1000));
            if (status == 204) {
                acknowledged.incrementAndGet();
                acknowledgedSequences.add(sequence);
            } else {
                other.merge("HTTP " + status, 1L, Long::sum);
            }
        }

        void recordFailure(Throwable failure, long latencyNanos) {
            latency.recordValue(Math.min(HIGHEST_MICROS, latencyNanos / 1000));
            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
            other.merge(cause.getClass().getSimpleName(), 1L, Long::sum);
        }

        LoadResult result(double elapsedSeconds) {
            return new LoadResult(sent.get(), acknowledged.get(), elapsedSeconds, latency, Set.copyOf(acknowledgedSequences),
                    Map.copyOf(other));
        }
    }
}
