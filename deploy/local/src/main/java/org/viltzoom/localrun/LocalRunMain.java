package org.viltzoom.localrun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.viltzoom.localrun.lms.LmsDriver;
import org.viltzoom.localrun.lms.Scenario;
import org.viltzoom.localrun.lms.ScenarioOutcome;

/**
 * The program behind {@code deploy/local/run}: starts everything, runs a scenario as an LMS
 * would, prints the attendance report, then keeps running until Ctrl-C (or stops at once with
 * {@code --once}). The working directory must be the repository root.
 */
public final class LocalRunMain {

    private static final String USAGE = """
            Usage: deploy/local/run [--once] [--scenario NAME] [--skip-build]
              --once            stop everything after the scenario instead of waiting for Ctrl-C
              --scenario NAME   deploy/local/scenarios/NAME.json, or the path of a scenario file
                                (default: webinar-with-restart)
              --skip-build      (deploy/local/run only) use the jars as they are, even if sources are newer
            """;

    private static final String DEFAULT_SCENARIO = "webinar-with-restart";

    private LocalRunMain() {
    }

    public static void main(String[] args) throws Exception {
        // Kafka logs through SLF4J, which has no provider here and would print a warning on every start.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        boolean once = false;
        String scenarioName = DEFAULT_SCENARIO;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--once" -> once = true;
                case "--scenario" -> {
                    if (i + 1 >= args.length) {
                        usageError("--scenario needs a name or a file");
                    }
                    scenarioName = args[++i];
                }
                case "--help", "-h" -> {
                    System.out.print(USAGE);
                    return;
                }
                default -> usageError("Unknown option: " + args[i]);
            }
        }

        Path repositoryRoot = Path.of("").toAbsolutePath();
        Scenario scenario;
        try {
            scenario = Scenario.read(scenarioFile(repositoryRoot, scenarioName));
        } catch (IllegalArgumentException | IOException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        quietLibraryLogs();

        Progress progress = new Progress(System.out);
        LocalRun run = LocalRun.prepare(LocalRunOptions.forCommandLine(repositoryRoot), progress);
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            progress.step("Stopping the services, the simulator, Kafka and PostgreSQL");
            run.close();
            progress.step("Stopped");
            stopped.countDown();
        }, "local-run-stop"));

        ScenarioOutcome outcome;
        try {
            run.start();
            outcome = new LmsDriver(run, progress).run(scenario);
        } catch (Exception e) {
            if (stopping.get()) {
                // Ctrl-C while starting: the failure is the stop itself, which the shutdown hook reports.
                return;
            }
            System.err.println();
            System.err.println("Local run failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            System.err.println("Service logs: " + run.runDirectory());
            System.exit(1);
            return;
        }

        if (once) {
            System.exit(0);
            return;
        }
        printWhereToLook(run, outcome, progress);
        run.keepSimulatorClockMoving();
        stopped.await();
    }

    private static void printWhereToLook(LocalRun run, ScenarioOutcome outcome, Progress progress) {
        progress.step("Running; press Ctrl-C to stop everything");
        for (Service service : Service.values()) {
            progress.detail(String.format("%-18s Swagger UI %s", service.module(), run.url(service).resolve("/q/swagger-ui")));
        }
        progress.detail("Zoom simulator     " + run.simulator().baseUrl() + " (control API under /_sim)");
        progress.detail("attendance report  " + run.url(Service.ATTENDANCE).resolve("/api/v1/platforms/" + LmsDriver.PLATFORM
                + "/training-events/" + outcome.edited().id() + "/attendance"));
        progress.detail("an administrator token for these URLs:");
        progress.detail("  java -cp \"deploy/local/target/classes:$(cat deploy/local/target/classpath.txt)\" \\");
        progress.detail("    org.viltzoom.localstack.LocalIssuer " + repositoryRelative(run.runDirectory().resolve("local-issuer"))
                + " lms-admin " + LmsDriver.PLATFORM + " vilt-admin");
    }

    private static Path scenarioFile(Path repositoryRoot, String name) {
        Path file = name.endsWith(".json") ? Path.of(name) : repositoryRoot.resolve("deploy/local/scenarios/" + name + ".json");
        if (!Files.isRegularFile(file)) {
            usageError("No scenario file " + file);
        }
        return file;
    }

    /** Keeps the simulator's and the JDK's INFO lines off the console, which shows the run's progress. */
    private static void quietLibraryLogs() {
        Logger.getLogger("").setLevel(Level.WARNING);
    }

    private static String repositoryRelative(Path path) {
        return Path.of("").toAbsolutePath().relativize(path).toString();
    }

    private static void usageError(String message) {
        System.err.println(message);
        System.err.print(USAGE);
        System.exit(2);
    }
}
