package org.viltzoom.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.viltzoom.bench.ZoomNotificationBodies.Participant;
import org.viltzoom.kernel.event.Topics;
import org.viltzoom.kernel.event.trainingevent.LearnerEnrolled;

/**
 * One webinar from enrollment to AttendanceFinalized against a fresh attendance-service:
 * the training event and its enrollments go onto {@code vilt.training-event.v1}, every learner
 * joins and leaves {@code 1 + rejoins} times through the signed webhook, and once the service
 * has consumed all of it, {@code webinar.ended} is delivered and the first AttendanceFinalized
 * on {@code vilt.attendance.v1} is timed.
 */
final class AttendanceScenario {

    static final String TRAINING_EVENTS_GROUP = "attendance-service.training-events";
    static final String NOTIFICATIONS_GROUP = "attendance-service.meeting-notifications";

    private static final Duration DELIVERY_LIMIT = Duration.ofMinutes(10);
    private static final Duration FINALIZED_LIMIT = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern RECORD_TOO_LARGE =
            Pattern.compile("RecordTooLargeException: The message is (\\d+) bytes when serialized which is larger than (\\d+)");

    /**
     * @param enrollmentSeconds from the first enrollment sent until the service had consumed them all
     * @param enrollmentsPerSecond envelopes consumed per second in that time
     * @param deliverySeconds from the first join sent until the last was acknowledged
     * @param consumedSeconds from the first join sent until the service had consumed every notification
     * @param consumedPerSecond notifications consumed per second in that time
     * @param finalizedSeconds from sending webinar.ended until its AttendanceFinalized arrived; NaN if none came
     * @param learnersInResult learners in the first AttendanceFinalized; -1 if none came
     * @param unfinished why the scenario stopped early, or null when it ran to the end
     */
    record Result(int learners, int connectionsPerLearner, int notifications, double enrollmentSeconds,
                  double enrollmentsPerSecond,
                  double deliverySeconds, double consumedSeconds, double consumedPerSecond, double finalizedSeconds,
                  int learnersInResult, int attendedInResult, GcLog heap, double peakResidentMiB, boolean outOfMemory,
                  Path serviceLog, String unfinished) {
    }

    private final KafkaTools kafka;
    private final Databases databases;
    private final ServiceLauncher launcher;
    private final String appId;
    private final ZoomSignature signature;
    private final int connections;
    private final Duration consumerLimit;

    /**
     * @param consumerLimit how long the service may take to consume the enrollments, and again the
     *     joins and leaves. A scenario that takes longer stops there and reports the rate it reached.
     */
    AttendanceScenario(KafkaTools kafka, Databases databases, ServiceLauncher launcher, String appId,
                       ZoomSignature signature, int connections, Duration consumerLimit) {
        this.kafka = kafka;
        this.databases = databases;
        this.launcher = launcher;
        this.appId = appId;
        this.signature = signature;
        this.connections = connections;
        this.consumerLimit = consumerLimit;
    }

    Result run(String label, int learners, int rejoins, List<String> jvmOptions, Path logDirectory) throws Exception {
        Path gcLog = logDirectory.resolve(label + "-gc.log");
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-Xlog:gc:file=" + gcLog);

        try (ManagedProcess service = startFresh(kafka, databases, launcher, label, options)) {
            UUID trainingEventId = UUID.randomUUID();
            long webinarId = 90_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
            Instant start = Instant.now().minus(Duration.ofHours(8)).truncatedTo(ChronoUnit.HOURS);
            Instant end = start.plus(Duration.ofHours(rejoins + 1L));

            long enrollmentStarted = System.nanoTime();
            publishEnrollments(trainingEventId, webinarId, start, end, learners);
            String unfinished = awaitConsumed(TRAINING_EVENTS_GROUP, Topics.TRAINING_EVENT, learners + 1, "enrollments");
            double enrollmentSeconds = (System.nanoTime() - enrollmentStarted) / 1e9;
            double enrollmentsPerSecond = (learners + 1 - kafka.lag(TRAINING_EVENTS_GROUP, Topics.TRAINING_EVENT))
                    / enrollmentSeconds;

            String marker = "att-" + label + "-" + UUID.randomUUID().toString().substring(0, 8);
            ZoomNotificationBodies bodies = new ZoomNotificationBodies("bench-zoom-account", webinarId,
                    marker + "==", "bench-host-zoom-user", start);
            WebhookLoad webhook = new WebhookLoad(URI.create(ServiceLauncher.baseUrl(Service.ATTENDANCE)
                    + "/zoom/webhooks/" + appId), signature, null, new AtomicInteger());
            List<byte[]> notifications = joinsAndLeaves(bodies, marker, learners, rejoins, start);
            double deliverySeconds = Double.NaN;
            double consumedSeconds = Double.NaN;
            double consumedPerSecond = Double.NaN;
            double finalizedSeconds = Double.NaN;
            String envelope = null;

            if (unfinished == null) {
                requireAcknowledged(webhook.sendOne(bodies.started("webinar")), "webinar.started");
                long deliveryStarted = System.nanoTime();
                deliverAll(notifications);
                deliverySeconds = (System.nanoTime() - deliveryStarted) / 1e9;
                unfinished = awaitConsumed(NOTIFICATIONS_GROUP, Topics.ZOOM_NOTIFICATIONS, notifications.size(),
                        "joins and leaves");
                consumedSeconds = (System.nanoTime() - deliveryStarted) / 1e9;
                long consumed = notifications.size() - kafka.lag(NOTIFICATIONS_GROUP, Topics.ZOOM_NOTIFICATIONS);
                // The rate over the whole phase, delivery included, because the service consumes while it receives.
                consumedPerSecond = consumed / consumedSeconds;
            }

            if (unfinished == null) {
                try (FinalizedWatcher watcher = new FinalizedWatcher(kafka, trainingEventId.toString())) {
                    long sent = System.nanoTime();
                    requireAcknowledged(webhook.sendOne(bodies.ended("webinar", end)), "webinar.ended");
                    long arrived = watcher.awaitArrival(FINALIZED_LIMIT);
                    finalizedSeconds = arrived < 0 ? Double.NaN : (arrived - sent) / 1e9;
                    envelope = watcher.envelope();
                }
                if (envelope == null) {
                    unfinished = "no AttendanceFinalized arrived within " + FINALIZED_LIMIT.toSeconds() + " s of webinar.ended";
                }
            }

            double peakResident = service.peakResidentMiB();
            service.close();
            String serviceLog = Files.readString(service.log());
            boolean outOfMemory = serviceLog.contains("OutOfMemoryError");
            if (envelope == null && unfinished != null) {
                unfinished += explainMissingResult(serviceLog);
            }
            JsonNode learnersInResult = envelope == null ? null : JSON.readTree(envelope).path("data").path("learners");
            int attended = 0;
            if (learnersInResult != null) {
                for (JsonNode learner : learnersInResult) {
                    attended += "ATTENDED".equals(learner.path("status").asText()) ? 1 : 0;
                }
            }
            return new Result(learners, rejoins + 1, notifications.size(), enrollmentSeconds, enrollmentsPerSecond,
                    deliverySeconds,
                    consumedSeconds, consumedPerSecond, finalizedSeconds,
                    learnersInResult == null ? -1 : learnersInResult.size(), attended, GcLog.read(gcLog), peakResident,
                    outOfMemory, service.log(), unfinished);
        }
    }

    /** Returns the cause of a missing AttendanceFinalized that the service log shows, as a clause to append. */
    private static String explainMissingResult(String serviceLog) {
        Matcher tooLarge = RECORD_TOO_LARGE.matcher(serviceLog);
        if (tooLarge.find()) {
            return "; the service wrote it to its outbox, but Kafka rejected it: RecordTooLargeException, "
                    + tooLarge.group(1) + " bytes against the producer's limit of " + tooLarge.group(2) + " bytes";
        }
        if (serviceLog.contains("TransactionReaper")) {
            return "; the service log shows a transaction that the transaction timeout cancelled";
        }
        return "";
    }

    /**
     * Waits until the group consumed the topic, at most the consumer limit.
     *
     * @return null when it did, otherwise a sentence with the records still unconsumed
     */
    private String awaitConsumed(String group, String topic, long records, String what) throws Exception {
        long started = System.nanoTime();
        try {
            kafka.awaitNoLag(group, topic, consumerLimit);
            return null;
        } catch (TimeoutException e) {
            long left = kafka.lag(group, topic);
            double seconds = (System.nanoTime() - started) / 1e9;
            return String.format(Locale.ROOT, "stopped after %.0f s: %s of %,d %s were still unconsumed",
                    seconds, String.format(Locale.ROOT, "%,d", left), records, what);
        }
    }

    /** Starts attendance-service on an empty database, its consumer groups moved past earlier phases. */
    static ManagedProcess startFresh(KafkaTools kafka, Databases databases, ServiceLauncher launcher, String label,
                                     List<String> jvmOptions) throws Exception {
        databases.recreate(Service.ATTENDANCE.database());
        if (kafka.topicExists(Topics.ZOOM_NOTIFICATIONS)) {
            kafka.skipToEnd(NOTIFICATIONS_GROUP, Topics.ZOOM_NOTIFICATIONS);
            kafka.skipToEnd(TRAINING_EVENTS_GROUP, Topics.TRAINING_EVENT);
        }
        return launcher.startAndAwait(Service.ATTENDANCE, label, jvmOptions);
    }

    private void publishEnrollments(UUID trainingEventId, long webinarId, Instant start, Instant end, int learners)
            throws Exception {
        List<LearnerEnrolled> enrollments = new ArrayList<>(learners);
        for (int i = 0; i < learners; i++) {
            enrollments.add(new LearnerEnrolled(trainingEventId, lmsUserId(i), email(i), "Learner", Integer.toString(i),
                    null, null));
        }
        try (TrainingEventPublisher publisher = new TrainingEventPublisher(kafka.bootstrapServers(), "bench")) {
            publisher.publish(TrainingEventPublisher.webinar(trainingEventId, start, end, "host@bench.example.com"),
                    webinarId, enrollments);
        }
    }

    /**
     * Returns the joins and leaves in time order, round by round: in round r every learner joins
     * at r hours plus up to a minute and leaves 45 minutes later, each time as a new connection.
     */
    private static List<byte[]> joinsAndLeaves(ZoomNotificationBodies bodies, String marker, int learners, int rejoins,
                                               Instant start) {
        List<byte[]> notifications = new ArrayList<>(learners * (rejoins + 1) * 2);
        for (int round = 0; round <= rejoins; round++) {
            List<Participant> connected = new ArrayList<>(learners);
            Instant roundStart = start.plus(Duration.ofHours(round));
            for (int i = 0; i < learners; i++) {
                Participant participant = new Participant(Long.toString(16_000_000L + round * 1_000_000L + i),
                        marker + "-" + i + "-" + round, "Learner " + i, email(i));
                connected.add(participant);
                notifications.add(bodies.participant("webinar.participant_joined", participant, "join_time",
                        roundStart.plusSeconds(i % 60)));
            }
            for (Participant participant : connected) {
                notifications.add(bodies.participant("webinar.participant_left", participant, "leave_time",
                        roundStart.plus(Duration.ofMinutes(45))));
            }
        }
        return notifications;
    }

    /** Posts every notification; those not acknowledged with 204 are posted again, as Zoom retries. */
    private void deliverAll(List<byte[]> notifications) throws InterruptedException {
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < notifications.size(); i++) {
            pending.add(i);
        }
        for (int attempt = 1; attempt <= 3 && !pending.isEmpty(); attempt++) {
            List<Integer> batch = pending;
            AtomicInteger next = new AtomicInteger();
            WebhookLoad load = new WebhookLoad(URI.create(ServiceLauncher.baseUrl(Service.ATTENDANCE)
                    + "/zoom/webhooks/" + appId), signature, index -> notifications.get(batch.get(index)), next);
            LoadResult result = load.closedLoop(connections, DELIVERY_LIMIT, batch.size());
            pending = new ArrayList<>();
            for (int index = 0; index < batch.size(); index++) {
                if (!result.acknowledgedSequences().contains(index)) {
                    pending.add(batch.get(index));
                }
            }
        }
        if (!pending.isEmpty()) {
            throw new IllegalStateException(pending.size() + " notifications were not acknowledged after 3 attempts");
        }
    }

    private static void requireAcknowledged(int status, String event) {
        if (status != 204) {
            throw new IllegalStateException(event + " returned HTTP " + status + " instead of 204");
        }
    }

    static String lmsUserId(int learner) {
        return String.format("lms-user-%06d", learner);
    }

    private static String email(int learner) {
        return "learner" + learner + "@bench.example.com";
    }
}
