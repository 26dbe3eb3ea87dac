package org.viltzoom.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Stops the processes that the benchmark started when its JVM shuts down before it closed them,
 * as on SIGTERM or Ctrl-C. Without this, the local stack and the services would keep running and
 * hold their ports for the next run.
 */
final class ChildProcesses {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final AtomicBoolean STOPPING = new AtomicBoolean();

    private ChildProcesses() {
    }

    /** Registers the shutdown hook; processes still running after {@code limit} are killed. */
    static void stopOnShutdown(Duration limit) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(limit), "bench-shutdown"));
    }

    /** Throws once shutdown has begun, so that the driver's main thread starts no process the hook would miss. */
    static void checkNotStopping(String name) {
        if (STOPPING.get()) {
            throw new IllegalStateException("The benchmark is shutting down, so " + name + " is not started");
        }
    }

    /**
     * Sends SIGTERM to every child until none is left, because the main thread may have started one
     * more while the hook began. Kills what still runs at the deadline.
     */
    private static void stopAll(Duration limit) {
        STOPPING.set(true);
        long deadline = System.nanoTime() + limit.toNanos();
        boolean announced = false;

        List<ProcessHandle> children = ProcessHandle.current().children().toList();
        while (!children.isEmpty()) {
            if (!announced) {
                System.err.printf("Stopping %d process(es) started by the benchmark%n", children.size());
                announced = true;
            }
            if (System.nanoTime() > deadline) {
                System.err.printf("Killing %d process(es) still running after %d s%n", children.size(), limit.toSeconds());
                children.forEach(ProcessHandle::destroyForcibly);
                return;
            }

            children.forEach(ProcessHandle::destroy);
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                children.forEach(ProcessHandle::destroyForcibly);
                return;
            }
            children = ProcessHandle.current().children().toList();
        }
    }
}
