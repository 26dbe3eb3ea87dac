package org.viltzoom.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * deploy/local-stack's {@code LocalStackMain} in a JVM of its own, so that the Kafka broker does
 * not share the driver's heap and threads. Its settings file becomes the services' environment.
 */
final class LocalStackProcess implements AutoCloseable {

    private final Process process;
    private final Map<String, String> settings;

    private LocalStackProcess(Process process, Map<String, String> settings) {
        this.process = process;
        this.settings = settings;
    }

    static LocalStackProcess start(Path workDirectory) throws IOException, InterruptedException {
        ChildProcesses.checkNotStopping("the local stack");
        Path settingsFile = workDirectory.resolve("local-stack.env");
        Files.deleteIfExists(settingsFile);
        List<String> command = List.of(javaExecutable(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.viltzoom.localstack.LocalStackMain", settingsFile.toString());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(workDirectory.resolve("local-stack.log").toFile())
                .start();
        ChildProcesses.stopLast(process);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(settingsFile)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroy();
                throw new IllegalStateException("the local stack did not start; see " + workDirectory.resolve("local-stack.log"));
            }
            Thread.sleep(200);
        }
        // The file is written in one call; wait a moment so that it is complete.
        Thread.sleep(200);
        return new LocalStackProcess(process, readSettings(settingsFile));
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Map<String, String> readSettings(Path file) throws IOException {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                settings.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return settings;
    }

    /** KAFKA_BOOTSTRAP_SERVERS, VILT_DB_URL_PREFIX, DB_USERNAME, DB_PASSWORD and the token issuer's key. */
    Map<String, String> settings() {
        return settings;
    }

    String bootstrapServers() {
        return settings.get("KAFKA_BOOTSTRAP_SERVERS");
    }

    String jdbcUrl(String database) {
        return settings.get("VILT_DB_URL_PREFIX") + database;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
