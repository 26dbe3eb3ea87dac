package org.viltzoom.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.viltzoom.bench.ZoomNotificationBodies.Participant;
import org.viltzoom.kernel.event.Topics;

/**
 * Webhook ingest: signed {@code meeting.participant_joined} notifications against the bare
 * endpoint and against attendance-service, first in closed loop and then at a fixed rate. Every
 * notification has its own participant_uuid, so that each 204 of attendance-service can be
 * looked up on {@code zoom.notifications.v1} afterwards.
 */
final class IngestBenchmark {

    /** Settings of one ingest run. */
    record Settings(int connections, Duration warmUp, Duration closedLoop, long closedLoopMaxRequests, int rate,
                    Duration openLoop) {
    }

    private static final Duration DRAIN_LIMIT = Duration.ofMinutes(3);

    private final Settings settings;
    private final ZoomSignature signature;
    private final String appId;
    private final KafkaTools kafka;
    private final Path logDirectory;

    IngestBenchmark(Settings settings, ZoomSignature signature, String appId, KafkaTools kafka, Path logDirectory) {
        this.settings = settings;
        this.signature = signature;
        this.appId = appId;
        this.kafka = kafka;
        this.logDirectory = logDirectory;
    }

    /** Measures the bare endpoint and attendance-service (already running) and records the figures. */
    void measure(int run, ManagedProcess attendance, Figures figures, List<String> notes) throws Exception {
        String marker = "ingest-" + run + "-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        ZoomNotificationBodies bodies = new ZoomNotificationBodies("bench-zoom-account", 81_000_000_000L + run,
                marker + "==", "bench-host-zoom-user", Instant.now().minusSeconds(3600));
        Instant joinTime = Instant.now().minusSeconds(1800);
        WebhookLoad.BodyFactory joins = sequence -> bodies.participant("meeting.participant_joined",
                new Participant(Integer.toString(16_000_000 + sequence), marker + sequence, "Learner " + sequence,
                        "learner" + sequence + "@bench.example.com"), "join_time", joinTime);

        LoadResult bareClosed;
        LoadResult bareOpen;
        try (ManagedProcess bare = startBare(run);
             WebhookLoad load = new WebhookLoad(URI.create("http://127.0.0.1:" + BARE_PORT + "/zoom/webhooks/" + appId),
                     settings.connections(), signature, joins, new AtomicInteger())) {
            load.closedLoop(settings.connections(), settings.warmUp(), Long.MAX_VALUE);
            bareClosed = load.closedLoop(settings.connections(), settings.closedLoop(), settings.closedLoopMaxRequests());
            bareOpen = load.openLoop(settings.rate(), settings.openLoop());
        }

        LoadResult warmUp;
        LoadResult closed;
        LoadResult open;
        double drainSeconds;
        try (WebhookLoad load = new WebhookLoad(URI.create(ServiceLauncher.baseUrl(Service.ATTENDANCE)
                + "/zoom/webhooks/" + appId), settings.connections(), signature, joins, new AtomicInteger())) {
            warmUp = load.closedLoop(settings.connections(), settings.warmUp(), Long.MAX_VALUE);
            awaitConsumed();
            closed = load.closedLoop(settings.connections(), settings.closedLoop(), settings.closedLoopMaxRequests());
            awaitConsumed();
            open = load.openLoop(settings.rate(), settings.openLoop());
            drainSeconds = awaitConsumed();
        }

        record("bare endpoint", "closed loop", bareClosed, figures);
        record("attendance-service", "closed loop", closed, figures);
        figures.add("ingest closed loop: throughput attendance-service / bare endpoint", "%",
                100 * closed.acknowledgedPerSecond() / bareClosed.acknowledgedPerSecond());
        record("bare endpoint", settings.rate() + "/s open loop", bareOpen, figures);
        record("attendance-service", settings.rate() + "/s open loop", open, figures);
        figures.add("ingest " + settings.rate() + "/s open loop: consumer backlog drained after the last send", "s",
                drainSeconds);

        audit(run, marker, List.of(warmUp, closed, open), figures, notes);
        notes.add("run " + run + ": non-204 outcomes: bare closed " + bareClosed.otherOutcomes() + ", bare open "
                + bareOpen.otherOutcomes() + ", attendance warm-up " + warmUp.otherOutcomes() + ", closed "
                + closed.otherOutcomes() + ", open " + open.otherOutcomes());
    }

    static final int BARE_PORT = 18090;

    private ManagedProcess startBare(int run) throws Exception {
        Path jar = Path.of(System.getProperty("bench.bare.jar"));
        List<String> command = List.of(LocalStackProcess.javaExecutable(), "-Xmx512m", "-jar", jar.toString());
        ManagedProcess bare = ManagedProcess.start("bare endpoint", command,
                java.util.Map.of("HTTP_PORT", Integer.toString(BARE_PORT)), logDirectory.resolve("bare-" + run + ".log"));
        HttpClient client = HttpClient.newHttpClient();
        URI probe = URI.create("http://127.0.0.1:" + BARE_PORT + "/zoom/webhooks/probe");
        return bare.awaitReady(() -> {
            try {
                HttpRequest request = HttpRequest.newBuilder(probe)
                        .POST(HttpRequest.BodyPublishers.ofString("{}", StandardCharsets.UTF_8)).build();
                return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 204;
            } catch (java.io.IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    private double awaitConsumed() throws Exception {
        return kafka.awaitNoLag(AttendanceScenario.NOTIFICATIONS_GROUP, Topics.ZOOM_NOTIFICATIONS, DRAIN_LIMIT);
    }

    private static void record(String target, String mode, LoadResult result, Figures figures) {
        String prefix = "ingest " + mode + ", " + target + ": ";
        figures.add(prefix + "acknowledged (204) per second", "1/s", result.acknowledgedPerSecond());
        figures.add(prefix + "p50 acknowledgement latency", "ms", result.percentileMillis(50));
        figures.add(prefix + "p99 acknowledgement latency", "ms", result.percentileMillis(99));
        figures.add(prefix + "p99.9 acknowledgement latency", "ms", result.percentileMillis(99.9));
        figures.add(prefix + "requests answered otherwise than 204", "count", result.sent() - result.acknowledged());
    }

    /** Checks that every notification that attendance-service acknowledged is on the topic. */
    private void audit(int run, String marker, List<LoadResult> results, Figures figures, List<String> notes)
            throws Exception {
        Set<String> onTopic = TopicAudit.participantUuidsOnTopic(kafka, marker);
        long acknowledged = 0;
        List<String> missing = new ArrayList<>();
        for (LoadResult result : results) {
            for (int sequence : result.acknowledgedSequences()) {
                acknowledged++;
                if (!onTopic.contains(marker + sequence)) {
                    missing.add(marker + sequence);
                }
            }
        }
        figures.add("ingest audit: 204s of attendance-service (warm-up included)", "count", acknowledged);
        figures.add("ingest audit: those 204s found on zoom.notifications.v1", "count", acknowledged - missing.size());
        if (!missing.isEmpty()) {
            notes.add("run " + run + ": " + missing.size() + " acknowledged notifications are missing from the topic, for example "
                    + missing.subList(0, Math.min(3, missing.size())));
        }
    }
}
