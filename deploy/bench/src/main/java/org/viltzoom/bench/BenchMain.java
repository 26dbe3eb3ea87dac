package org.viltzoom.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.utils.AppInfoParser;
import org.viltzoom.localstack.LocalIssuer;

/**
 * Runs the whole benchmark on loopback and writes RESULTS.md: webhook ingest against the bare
 * endpoint and attendance-service, attendance latency for a large webinar, the 50,000-participant
 * heap check, and each service's startup time and idle memory. Started by deploy/bench/run.
 */
public final class BenchMain {

    static final String APP_ID = "bench-zoom-app";
    static final String WORKING_TREE = "attendance-service as built";
    static final String PROPOSED_FIX = "attendance-service with the proposed fix";
    static final Duration AS_BUILT_LIMIT = Duration.ofSeconds(60);
    /** How long the services and the local stack get to stop when the driver is ended early. */
    private static final Duration CHILD_STOP_LIMIT = Duration.ofSeconds(30);

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parseOrExit(args);
        ChildProcesses.stopOnShutdown(CHILD_STOP_LIMIT);

        Path logs = options.work().resolve("logs");
        Files.createDirectories(logs);
        Report report = new Report(options, Instant.now());

        report.quietNote = options.quietWait().isZero()
                ? String.format("The driver did not wait for a quiet machine; the 1-minute load at the start was %.2f.",
                Machine.oneMinuteLoad())
                : Machine.awaitQuiet(options.quietLoad(), options.quietWait());
        System.out.println(report.quietNote);

        try (LocalStackProcess stack = LocalStackProcess.start(options.work());
             KafkaTools kafka = new KafkaTools(stack.bootstrapServers())) {
            Databases databases = new Databases(stack);
            for (Service service : Service.values()) {
                databases.recreate(service.database());
            }
            report.versions.add("PostgreSQL " + databases.serverVersion() + " (" + stack.jdbcUrl("") + ")");
            report.versions.add("Kafka " + AppInfoParser.getVersion() + " (KRaft, one broker in the local stack's JVM)");

            String serviceToken = LocalIssuer.loadOrCreate(options.work().resolve("local-issuer"))
                    .tokenWithoutPlatform("attendance-service", "vilt-service");
            byte[] secretBytes = new byte[24];
            new SecureRandom().nextBytes(secretBytes);
            String secret = HexFormat.of().formatHex(secretBytes);
            ZoomSignature signature = new ZoomSignature(secret);

            try (WebhookSecretStandIn standIn = new WebhookSecretStandIn(Map.of(APP_ID, secret), serviceToken);
                 SimulatedZoom zoom = new SimulatedZoom(APP_ID, secret,
                         ServiceLauncher.baseUrl(Service.ATTENDANCE) + "/zoom/webhooks/" + APP_ID, options.connections())) {
                ServiceLauncher launcher = new ServiceLauncher(options.apps(), logs, stack, serviceToken, standIn.url());
                FootprintBenchmark footprint = new FootprintBenchmark(launcher, options.idleMillis());
                IngestBenchmark ingest = new IngestBenchmark(options.ingest(), signature, APP_ID, kafka, logs);
                // With the fix beside it, the build as it is only needs long enough to show its rate.
                Duration asBuiltLimit = options.fixedAttendanceApp() == null ? options.consumerLimit() : AS_BUILT_LIMIT;
                AttendanceScenario scenario = new AttendanceScenario(kafka, databases, launcher, zoom, asBuiltLimit);
                AttendanceScenario fixed = options.fixedAttendanceApp() == null ? null : new AttendanceScenario(kafka,
                        databases, launcher.withAttendanceApp(options.fixedAttendanceApp()), zoom,
                        options.consumerLimit());

                System.out.printf("[%s] schema migrations (not timed)%n", Instant.now());
                footprint.migrate();

                for (int run = 1; run <= options.runs(); run++) {
                    String loadAtStart = Machine.loadAverages();
                    long started = System.nanoTime();
                    report.figures.add(String.format(Locale.ROOT, "machine: %,d HMAC-SHA256 signatures of 1 KiB on one "
                            + "thread", Machine.REFERENCE_SIGNATURES), "s", Machine.referenceTaskSeconds());

                    int current = run;
                    phase(report, "run " + run + ": webhook ingest", () -> {
                        try (ManagedProcess attendance = AttendanceScenario.startFresh(kafka, databases, launcher,
                                "ingest-attendance-" + current, List.of())) {
                            ingest.measure(current, attendance, report.figures, report.notes);
                        }
                    });
                    phase(report, "run " + run + ": footprint", () -> footprint.measure(current, report.figures));

                    if (run <= options.scenarioRuns()) {
                        phase(report, "run " + run + ": attendance latency, " + options.learners() + " learners", () ->
                                report.recordScenario(current, WORKING_TREE, scenario.run("attendance-" + current,
                                        options.learners(), options.rejoins(), List.of(), logs)));
                        if (fixed != null) {
                            phase(report, "run " + run + ": attendance latency with the proposed fix", () ->
                                    report.recordScenario(current, PROPOSED_FIX, fixed.run("attendance-fix-" + current,
                                            options.learners(), options.rejoins(), List.of(), logs)));
                        }
                        if (options.largeParticipants() > 0) {
                            AttendanceScenario large = fixed != null ? fixed : scenario;
                            phase(report, "run " + run + ": " + options.largeParticipants() + " participants", () ->
                                    report.recordScenario(current, fixed != null ? PROPOSED_FIX : WORKING_TREE, large.run(
                                            "large-" + current, options.largeParticipants(), 0, List.of(), logs)));
                        }
                    }

                    report.runs.add(String.format("run %d: 1-minute / 5-minute / 15-minute load %s at the start and %s "
                            + "at the end; %.0f s", run, loadAtStart, Machine.loadAverages(),
                            (System.nanoTime() - started) / 1e9));
                }

                if (options.profile()) {
                    phase(report, "profile: attendance latency with a flight recording", () -> {
                        Path recording = logs.resolve("attendance-profile.jfr");
                        Files.deleteIfExists(recording);
                        AttendanceScenario.Result profiled = scenario.run("profile", options.learners(),
                                options.rejoins(), List.of("-XX:StartFlightRecording=filename=" + recording
                                        + ",settings=profile,dumponexit=true"), logs);
                        report.profile = JfrSummary.read(recording, 15);
                        report.profiledScenario = profiled;
                        report.profileFile = recording;
                    });
                }
            }
        }

        report.finished = Instant.now();
        report.write();
        System.out.println("Wrote " + options.results() + " and " + options.json());
    }

    private interface Phase {
        void run() throws Exception;
    }

    /** Runs one phase; a failure becomes a note in the report, and the benchmark goes on. */
    private static void phase(Report report, String name, Phase phase) {
        System.out.printf("[%s] %s%n", Instant.now(), name);
        try {
            phase.run();
        } catch (Exception e) {
            e.printStackTrace();
            report.notes.add(name + " failed: " + e);
        }
    }

    /** The figures, notes and context that the driver collects for RESULTS.md. */
    static final class Report {
        final BenchOptions options;
        final Instant started;
        final Figures figures = new Figures();
        final List<String> notes = new ArrayList<>();
        final List<String> runs = new ArrayList<>();
        final List<String> versions = new ArrayList<>();
        String quietNote;
        Instant finished;
        JfrSummary.Summary profile;
        AttendanceScenario.Result profiledScenario;
        Path profileFile;

        Report(BenchOptions options, Instant started) {
            this.options = options;
            this.started = started;
        }

        void recordScenario(int run, String variant, AttendanceScenario.Result result) {
            String prefix = variant + ", " + (result.connectionsPerLearner() == 1
                    ? String.format("%,d participants (1 connection each): ", result.learners())
                    : String.format("webinar of %,d learners x %d connections: ", result.learners(),
                    result.connectionsPerLearner()));
            figures.add(prefix + "webinar.ended to first AttendanceFinalized", "s", result.finalizedSeconds());
            figures.add(prefix + "enrollments consumed per second", "1/s", result.enrollmentsPerSecond());
            figures.add(prefix + "joins and leaves acknowledged per second", "1/s",
                    result.notifications() / result.deliverySeconds());
            figures.add(prefix + "joins and leaves consumed per second", "1/s", result.consumedPerSecond());
            figures.add(prefix + "heap in use, max before a GC", "MiB", result.heap().maxBeforeGcMiB());
            figures.add(prefix + "heap in use, max after a GC", "MiB", result.heap().maxAfterGcMiB());
            figures.add(prefix + "peak RSS (VmHWM)", "MiB", result.peakResidentMiB());
            if (result.unfinished() != null) {
                notes.add(String.format("run %d, %s%s (service log %s)", run, prefix, result.unfinished(),
                        result.serviceLog().getFileName()));
            } else if (result.learnersInResult() != result.learners() || result.attendedInResult() != result.learners()) {
                notes.add(String.format("run %d, %sthe first AttendanceFinalized listed %d learners, %d attended; "
                        + "expected %d and %d (service log %s)", run, prefix, result.learnersInResult(),
                        result.attendedInResult(), result.learners(), result.learners(), result.serviceLog().getFileName()));
            }
            if (result.outOfMemory()) {
                notes.add("run " + run + ", " + prefix + "attendance-service logged an OutOfMemoryError");
            }
        }

        void write() throws Exception {
            ResultsReport.write(this);
        }
    }
}
