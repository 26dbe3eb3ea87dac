package org.viltzoom.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service JVM started by the benchmark, with its output in a log file. Startup is timed from
 * {@link ProcessBuilder#start()} to the first log line that contains Quarkus's "started in" and
 * to the first 200 from {@code /q/health/ready}.
 */
final class ManagedProcess implements AutoCloseable {

    private static final Pattern QUARKUS_STARTED = Pattern.compile("started in (\\d+(?:\\.\\d+)?)s");
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final Process process;
    private final Path log;
    private final long startedNanos;

    private double startedLineSeconds = Double.NaN;
    private double quarkusReportedSeconds = Double.NaN;
    private double readySeconds = Double.NaN;

    private ManagedProcess(String name, Process process, Path log, long startedNanos) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.startedNanos = startedNanos;
    }

    static ManagedProcess start(String name, List<String> command, Map<String, String> environment, Path log)
            throws IOException {
        ChildProcesses.checkNotStopping(name);
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        long startedNanos = System.nanoTime();
        return new ManagedProcess(name, builder.start(), log, startedNanos);
    }

    /**
     * Waits for the "started in" line and then for a 200 from the readiness probe.
     *
     * @throws IllegalStateException if the process exits or is not ready within 90 seconds
     */
    ManagedProcess awaitReady(URI readiness) throws IOException, InterruptedException {
        return awaitReady(() -> isReady(readiness));
    }

    /** Waits for the "started in" line and then until the probe returns true, polling every 10 ms. */
    ManagedProcess awaitReady(BooleanSupplier probe) throws IOException, InterruptedException {
        long deadline = startedNanos + STARTUP_LIMIT.toNanos();
        while (Double.isNaN(readySeconds)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " during startup; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " was not ready within " + STARTUP_LIMIT.toSeconds() + " s; see " + log);
            }
            if (Double.isNaN(startedLineSeconds)) {
                findStartedLine();
            }
            if (!Double.isNaN(startedLineSeconds) && probe.getAsBoolean()) {
                readySeconds = secondsSinceStart();
            }
            if (Double.isNaN(readySeconds)) {
                Thread.sleep(10);
            }
        }
        return this;
    }

    private void findStartedLine() throws IOException {
        String text = Files.readString(log, StandardCharsets.UTF_8);
        Matcher matcher = QUARKUS_STARTED.matcher(text);
        if (matcher.find()) {
            startedLineSeconds = secondsSinceStart();
            quarkusReportedSeconds = Double.parseDouble(matcher.group(1));
        }
    }

    private static boolean isReady(URI readiness) {
        try {
            HttpRequest request = HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private double secondsSinceStart() {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    /** Seconds from process start until the "started in" line appeared in the log. */
    double startedLineSeconds() {
        return startedLineSeconds;
    }

    /** The startup time that Quarkus itself printed in its "started in" line. */
    double quarkusReportedSeconds() {
        return quarkusReportedSeconds;
    }

    /** Seconds from process start until the first 200 on the readiness probe. */
    double readySeconds() {
        return readySeconds;
    }

    /** Returns the resident set size (VmRSS) in MiB. */
    double residentMiB() throws IOException {
        return statusMiB("VmRSS").orElseThrow();
    }

    /** Returns the peak resident set size (VmHWM) in MiB. */
    double peakResidentMiB() throws IOException {
        return statusMiB("VmHWM").orElseThrow();
    }

    private Optional<Double> statusMiB(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith(field + ":")) {
                String kilobytes = line.substring(field.length() + 1).trim().split("\\s+")[0];
                return Optional.of(Long.parseLong(kilobytes) / 1024.0);
            }
        }
        return Optional.empty();
    }

    /** Stops the process with SIGTERM, as an orchestrator would, and kills it after 30 s. */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
