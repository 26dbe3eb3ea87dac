package org.viltzoom.bench;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * Stops the processes that the benchmark started when its JVM shuts down before it closed them,
 * as on SIGTERM or Ctrl-C. Without this, the local stack and the services would keep running and
 * hold their ports for the next run. A SIGKILL of the driver still leaves them running.
 */
final class ChildProcesses {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final AtomicBoolean STOPPING = new AtomicBoolean();
    private static final Set<Long> STOPPED_LAST = ConcurrentHashMap.newKeySet();

    private ChildProcesses() {
    }

    /** Registers the shutdown hook. Each group of processes gets {@code limit} to stop before it is killed. */
    static void stopOnShutdown(Duration limit) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(limit), "bench-shutdown"));
    }

    /**
     * Marks a process that the others depend on, as the local stack with Kafka and PostgreSQL. It
     * is stopped after them, so that a service that is still starting does not wait for a broker
     * that is gone.
     */
    static void stopLast(Process process) {
        STOPPED_LAST.add(process.pid());
    }

    /** Throws once shutdown has begun, so that the driver's main thread starts no process the hook would miss. */
    static void checkNotStopping(String name) {
        if (STOPPING.get()) {
            throw new IllegalStateException("The benchmark is shutting down, so " + name + " is not started");
        }
    }

    private static void stopAll(Duration limit) {
        STOPPING.set(true);
        stopUntilGone(child -> !STOPPED_LAST.contains(child.pid()), limit);
        stopUntilGone(child -> true, limit);
    }

    /**
     * Sends SIGTERM to the matching children until none is left, and looks once more after a pause,
     * because the main thread may have started one just before {@link #STOPPING} was set. Kills
     * what still runs after {@code limit}, with its own child processes.
     */
    private static void stopUntilGone(Predicate<ProcessHandle> matching, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        boolean lookedAgain = false;
        Set<Long> announced = new HashSet<>();
        while (true) {
            List<ProcessHandle> children = ProcessHandle.current().children().filter(matching).toList();
            if (children.isEmpty() && lookedAgain) {
                return;
            }
            lookedAgain = children.isEmpty();

            if (System.nanoTime() > deadline) {
                System.err.printf("Killing %d process(es) still running after %d s%n", children.size(), limit.toSeconds());
                for (ProcessHandle child : children) {
                    child.descendants().forEach(ProcessHandle::destroyForcibly);
                    child.destroyForcibly();
                }
                return;
            }
            for (ProcessHandle child : children) {
                if (announced.add(child.pid())) {
                    System.err.printf("Stopping process %d (%s), started by the benchmark%n", child.pid(),
                            child.info().command().orElse("unknown command"));
                }
                child.destroy();
            }

            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                children.forEach(ProcessHandle::destroyForcibly);
                return;
            }
        }
    }
}
