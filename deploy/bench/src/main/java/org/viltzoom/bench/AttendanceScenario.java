package org.viltzoom.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.viltzoom.kernel.event.Topics;
import org.viltzoom.kernel.event.trainingevent.LearnerEnrolled;
import org.viltzoom.zoomsimulator.webhooks.DeliveryCounts;

/**
 * One webinar from enrollment to AttendanceFinalized against a fresh attendance-service:
 * the training event and its enrollments go onto {@code vilt.training-event.v1}, the Zoom
 * simulator plays the webinar, in which every learner joins and leaves {@code 1 + rejoins}
 * times, through the signed webhook, and once the service has consumed all of it, the simulator
 * ends the webinar and the first AttendanceFinalized on {@code vilt.attendance.v1} is timed.
 *
 * <p>The simulator's clock is frozen one second before the scheduled end while the webinar
 * plays, so every join and leave is signed with that instant. Moving the clock one second on
 * ends the webinar. The service's timestamp tolerance covers the scenario's limits, so that a
 * slow run stops at a limit with its figures rather than with rejected signatures.
 */
final class AttendanceScenario {

    static final String TRAINING_EVENTS_GROUP = "attendance-service.training-events";
    static final String NOTIFICATIONS_GROUP = "attendance-service.meeting-notifications";

    private static final Duration DELIVERY_LIMIT = Duration.ofMinutes(10);
    private static final Duration FINALIZED_LIMIT = Duration.ofMinutes(2);
    /** How long the delivery counts may stay unchanged, with nothing in flight, before the rest count as dropped. */
    private static final Duration STALLED = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern RECORD_TOO_LARGE =
            Pattern.compile("RecordTooLargeException: The message is (\\d+) bytes when serialized which is larger than (\\d+)");

    /**
     * @param notifications the notifications before the end: the start, and a join and a leave per connection
     * @param enrollmentSeconds from the first enrollment sent until the service had consumed them all
     * @param enrollmentsPerSecond envelopes consumed per second in that time
     * @param deliverySeconds from the start of the playback until the simulator had every notification acknowledged
     * @param consumedSeconds from the start of the playback until the service had consumed every notification
     * @param consumedPerSecond notifications consumed per second in that time
     * @param finalizedSeconds from the clock move that ends the webinar until its AttendanceFinalized arrived;
     *     NaN if none came
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
    private final SimulatedZoom zoom;
    private final Duration consumerLimit;

    /**
     * @param consumerLimit how long the service may take to consume the enrollments, and again the
     *     joins and leaves. A scenario that takes longer stops there and reports the rate it reached.
     */
    AttendanceScenario(KafkaTools kafka, Databases databases, ServiceLauncher launcher, SimulatedZoom zoom,
                       Duration consumerLimit) {
        this.kafka = kafka;
        this.databases = databases;
        this.launcher = launcher;
        this.zoom = zoom;
        this.consumerLimit = consumerLimit;
    }

    Result run(String label, int learners, int rejoins, List<String> jvmOptions, Path logDirectory) throws Exception {
        Path gcLog = logDirectory.resolve(label + "-gc.log");
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-Xlog:gc:file=" + gcLog);
        Duration tolerance = consumerLimit.multipliedBy(2).plus(DELIVERY_LIMIT).plus(FINALIZED_LIMIT);
        options.add("-Dvilt.webhook.timestamp-tolerance=" + tolerance.toSeconds() + "s");

        try (ManagedProcess service = startFresh(kafka, databases, launcher, label, options)) {
            int rounds = rejoins + 1;
            UUID trainingEventId = UUID.randomUUID();
            long webinarId = 90_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
            Instant playedUpTo = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            Instant start = playedUpTo.plusSeconds(1).minus(WebinarScript.ROUND.multipliedBy(rounds));
            Instant end = WebinarScript.end(start, rounds);

            long enrollmentStarted = System.nanoTime();
            publishEnrollments(trainingEventId, webinarId, start, end, learners);
            String unfinished = awaitConsumed(TRAINING_EVENTS_GROUP, Topics.TRAINING_EVENT, learners + 1, "enrollments");
            double enrollmentSeconds = (System.nanoTime() - enrollmentStarted) / 1e9;
            double enrollmentsPerSecond = (learners + 1 - kafka.lag(TRAINING_EVENTS_GROUP, Topics.TRAINING_EVENT))
                    / enrollmentSeconds;

            String instanceUuid = "att-" + label + "-" + UUID.randomUUID().toString().substring(0, 8) + "==";
            int notifications = WebinarScript.notificationsBeforeEnd(learners, rounds);
            double deliverySeconds = Double.NaN;
            double consumedSeconds = Double.NaN;
            double consumedPerSecond = Double.NaN;
            double finalizedSeconds = Double.NaN;
            String envelope = null;

            if (unfinished == null) {
                long playbackStarted = System.nanoTime();
                zoom.playUpTo(playedUpTo, WebinarScript.of(webinarId, instanceUuid, start, learners, rounds));
                unfinished = awaitAcknowledged(notifications);
                deliverySeconds = (System.nanoTime() - playbackStarted) / 1e9;
                if (unfinished == null) {
                    unfinished = awaitConsumed(NOTIFICATIONS_GROUP, Topics.ZOOM_NOTIFICATIONS, notifications,
                            "joins and leaves");
                }
                consumedSeconds = (System.nanoTime() - playbackStarted) / 1e9;
                long consumed = notifications - kafka.lag(NOTIFICATIONS_GROUP, Topics.ZOOM_NOTIFICATIONS);
                // The rate over the whole phase, delivery included, because the service consumes while it receives.
                consumedPerSecond = consumed / consumedSeconds;
            }

            if (unfinished == null) {
                try (FinalizedWatcher watcher = new FinalizedWatcher(kafka, trainingEventId.toString())) {
                    long ending = System.nanoTime();
                    zoom.advance(Duration.ofSeconds(1));
                    long arrived = watcher.awaitArrival(FINALIZED_LIMIT);
                    finalizedSeconds = arrived < 0 ? Double.NaN : (arrived - ending) / 1e9;
                    envelope = watcher.envelope();
                }
                if (envelope == null) {
                    unfinished = "no AttendanceFinalized arrived within " + FINALIZED_LIMIT.toSeconds() + " s of webinar.ended"
                            + endedDelivery(notifications + 1);
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
            return new Result(learners, rounds, notifications, enrollmentSeconds, enrollmentsPerSecond,
                    deliverySeconds,
                    consumedSeconds, consumedPerSecond, finalizedSeconds,
                    learnersInResult == null ? -1 : learnersInResult.size(), attended, GcLog.read(gcLog), peakResident,
                    outOfMemory, service.log(), unfinished);
        }
    }

    /**
     * Waits until the simulator has had the expected notifications acknowledged, at most the
     * delivery limit. Failed attempts are retried at once, up to three times.
     *
     * @return null when they were, otherwise a sentence with what was and what went wrong
     */
    private String awaitAcknowledged(int expected) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + DELIVERY_LIMIT.toNanos();
        DeliveryCounts last = zoom.deliveryCounts();
        long lastChange = System.nanoTime();
        while (last.delivered() < expected) {
            if (!zoom.failedSteps().isEmpty()) {
                return "the simulator could not play the webinar: " + zoom.failedSteps().get(0);
            }
            boolean stalled = last.inProgress() == 0 && System.nanoTime() - lastChange > STALLED.toNanos();
            if (stalled || System.nanoTime() > deadline) {
                return String.format(Locale.ROOT, "stopped after %.0f s: attendance-service acknowledged %,d of %,d "
                                + "notifications in %,d attempts%s", (System.nanoTime() - started) / 1e9,
                        last.delivered(), expected, last.attempts(), stalled ? "; the simulator gave up on the rest" : "");
            }
            Thread.sleep(10);
            DeliveryCounts current = zoom.deliveryCounts();
            if (!current.equals(last)) {
                lastChange = System.nanoTime();
            }
            last = current;
        }
        return null;
    }

    /** Returns a clause on whether webinar.ended, the expected-th notification, was acknowledged. */
    private String endedDelivery(int expected) {
        DeliveryCounts counts = zoom.deliveryCounts();
        if (counts.delivered() >= expected) {
            return "; webinar.ended was acknowledged";
        }
        return String.format(Locale.ROOT, "; webinar.ended was not acknowledged (%,d attempts, %,d acknowledged, %d in flight)",
                counts.attempts(), counts.delivered(), counts.inProgress());
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

    static String lmsUserId(int learner) {
        return String.format("lms-user-%06d", learner);
    }

    static String email(int learner) {
        return "learner" + learner + "@bench.example.com";
    }
}
