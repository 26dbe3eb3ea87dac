package org.viltzoom.localrun;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One service running as {@code java -jar <module>/target/quarkus-app/quarkus-run.jar}, its output in a log file. */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Service service;
    private final Process process;
    private final URI baseUrl;
    private final Path logFile;

    private ServiceProcess(Service service, Process process, URI baseUrl, Path logFile) {
        this.service = service;
        this.process = process;
        this.baseUrl = baseUrl;
        this.logFile = logFile;
    }

    /**
     * Starts the service with the environment on top of this process's own.
     *
     * @throws IllegalStateException when the jar was not built
     */
    static ServiceProcess start(Service service, LocalRunOptions options, Map<String, String> environment)
            throws IOException {
        Path jar = service.jar(options.repositoryRoot());
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing; build it with ./mvnw -B install -DskipTests");
        }

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options.serviceJvmOptions());
        command.add("-jar");
        command.add(jar.toString());

        Path logFile = options.logFile(service);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(options.runDirectory().toFile())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        return new ServiceProcess(service, process, options.ports().url(service), logFile);
    }

    Service service() {
        return service;
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    URI baseUrl() {
        return baseUrl;
    }

    /**
     * Waits until {@code /q/health/ready} returns 200, which means PostgreSQL and Kafka are reachable.
     *
     * @throws IllegalStateException when the process exits or the timeout passes first, with the end of its log
     */
    void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest probe = HttpRequest.newBuilder(baseUrl.resolve("/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.module() + " exited with status " + process.exitValue()
                        + " before it was ready; its log " + logFile + " ends with:\n" + logTail());
            }
            try {
                if (HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(service.module() + " was not ready after " + timeout.toSeconds()
                        + " s; its log " + logFile + " ends with:\n" + logTail());
            }
            Thread.sleep(250);
        }
    }

    /** Asks the service to stop (SIGTERM, which Quarkus handles as a graceful shutdown) and waits. */
    void stop() {
        if (process.isAlive()) {
            PidFiles.stop(process.toHandle());
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(logFile);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
