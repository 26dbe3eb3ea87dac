package org.viltzoom.localrun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The pid files of a run directory: {@code owner.pid} for the process that runs the services and
 * one file per service process. Each contains the pid and the process's start time, so that a pid
 * the system gave to an unrelated process since is never taken for one of ours.
 */
final class PidFiles {

    private static final String OWNER = "owner";
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private final Path directory;

    PidFiles(Path directory) throws IOException {
        this.directory = Files.createDirectories(directory);
    }

    /**
     * Makes this process the owner of the run directory.
     *
     * @throws IllegalStateException when the owner of an earlier run is still alive
     */
    void claim() throws IOException {
        Optional<ProcessHandle> owner = read(file(OWNER)).flatMap(PidFiles::alive);
        if (owner.isPresent() && owner.get().pid() != ProcessHandle.current().pid()) {
            throw new IllegalStateException("Another local run (pid " + owner.get().pid() + ") uses "
                    + directory.getParent() + "; stop it with Ctrl-C, or kill " + owner.get().pid() + ", and start again");
        }
        write(OWNER, ProcessHandle.current());
    }

    /** Stops the service processes that a run killed before it could stop them, and deletes their files. */
    void stopLeftovers(Consumer<String> report) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(path -> path.toString().endsWith(".pid") && !path.equals(file(OWNER))).toList();
        }

        for (Path file : files) {
            Optional<ProcessHandle> leftover = read(file).flatMap(PidFiles::alive);
            if (leftover.isPresent()) {
                report.accept("Stopping " + name(file) + " (pid " + leftover.get().pid() + ") left behind by an earlier run");
                stop(leftover.get());
            }
            Files.deleteIfExists(file);
        }
    }

    void record(String name, ProcessHandle process) throws IOException {
        write(name, process);
    }

    void forget(String name) {
        try {
            Files.deleteIfExists(file(name));
        } catch (IOException e) {
            // The next run finds the process gone and deletes the file then.
        }
    }

    void release() {
        forget(OWNER);
    }

    /** Asks the process to stop (SIGTERM), then kills it once the timeout has passed. */
    static void stop(ProcessHandle process) {
        process.destroy();
        try {
            process.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            process.onExit().join();
        }
    }

    private void write(String name, ProcessHandle process) throws IOException {
        Instant started = process.info().startInstant().orElse(Instant.EPOCH);
        Files.writeString(file(name), process.pid() + " " + started.toEpochMilli() + "\n");
    }

    private static Optional<Entry> read(Path file) {
        try {
            String[] fields = Files.readString(file).trim().split("\\s+");
            return Optional.of(new Entry(Long.parseLong(fields[0]), Long.parseLong(fields[1])));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<ProcessHandle> alive(Entry entry) {
        return ProcessHandle.of(entry.pid())
                .filter(process -> process.info().startInstant()
                        .map(started -> started.toEpochMilli() == entry.startedMillis())
                        .orElse(false));
    }

    private Path file(String name) {
        return directory.resolve(name + ".pid");
    }

    private static String name(Path file) {
        String fileName = file.getFileName().toString();
        return fileName.substring(0, fileName.length() - ".pid".length());
    }

    private record Entry(long pid, long startedMillis) {
    }
}
