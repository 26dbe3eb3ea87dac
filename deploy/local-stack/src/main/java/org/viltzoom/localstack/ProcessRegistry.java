package org.viltzoom.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Remembers the server processes and directories that this stack started, in files under the
 * state directory, so that the next start can stop what a killed run left behind.
 */
final class ProcessRegistry {

    private static final Logger LOG = Logger.getLogger(ProcessRegistry.class);

    private final Path directory;

    ProcessRegistry(Path stateDirectory) throws IOException {
        this.directory = Files.createDirectories(stateDirectory.resolve("processes"));
    }

    /** Records a started process: {@code <pid>\n<directory to delete>}. */
    void record(String kind, long pid, Path workDirectory) throws IOException {
        Files.writeString(directory.resolve(kind + "-" + pid + ".pid"), pid + "\n" + workDirectory + "\n");
    }

    /** Records a directory owned by this JVM, deleted by the next start once this JVM is gone. */
    void recordOwnDirectory(String kind, Path workDirectory) throws IOException {
        record("jvm-" + kind, ProcessHandle.current().pid(), workDirectory);
    }

    /** Stops processes of earlier runs that are still alive and deletes their directories. */
    void cleanUpLeftovers() {
        List<Path> records;
        try (Stream<Path> files = Files.list(directory)) {
            records = files.filter(file -> file.toString().endsWith(".pid")).toList();
        } catch (IOException e) {
            LOG.warnf(e, "Cannot read %s", directory);
            return;
        }

        for (Path record : records) {
            try {
                List<String> lines = Files.readAllLines(record);
                long pid = Long.parseLong(lines.get(0).trim());
                if (pid == ProcessHandle.current().pid()) {
                    continue;
                }
                boolean ownerGone = record.getFileName().toString().startsWith("jvm-")
                        ? ProcessHandle.of(pid).isEmpty()
                        : stopIfAlive(pid);
                if (ownerGone) {
                    if (lines.size() > 1 && !lines.get(1).isBlank()) {
                        deleteRecursively(Path.of(lines.get(1).trim()));
                    }
                    Files.deleteIfExists(record);
                }
            } catch (IOException | RuntimeException e) {
                LOG.warnf(e, "Cannot clean up after %s", record);
            }
        }
    }

    void forget(String kind, long pid) {
        try {
            Files.deleteIfExists(directory.resolve(kind + "-" + pid + ".pid"));
        } catch (IOException e) {
            LOG.debugf(e, "Cannot delete the record of %s %d", kind, pid);
        }
    }

    /** Returns true once the process is gone. */
    private static boolean stopIfAlive(long pid) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty()) {
            return true;
        }

        LOG.infof("Stopping process %d left behind by an earlier run", pid);
        process.get().destroy();
        try {
            process.get().onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            process.get().destroyForcibly();
        }
        return !process.get().isAlive();
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path file : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
