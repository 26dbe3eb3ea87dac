package org.viltzoom.zoomsimulator.clock;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Tasks due at an instant of the simulator clock. {@link #runDue()} runs every task whose
 * instant has come, in order of instant and then of scheduling; the simulator calls it after
 * each clock change and from a one-second timer, so nothing sleeps in real time.
 */
public class ClockScheduler {

    private record Task(Instant due, long sequence, Runnable action) {
    }

    private static final Logger LOG = System.getLogger(ClockScheduler.class.getName());

    private final SimClock clock;
    private final PriorityQueue<Task> tasks = new PriorityQueue<>((a, b) -> {
        int byDue = a.due.compareTo(b.due);
        return byDue != 0 ? byDue : Long.compare(a.sequence, b.sequence);
    });
    private final AtomicLong sequence = new AtomicLong();
    private final List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * Lets one thread at a time run tasks. The test thread moving the clock, the one-second
     * timer and request handlers all call {@link #runDue()}; without this, a later step of a
     * meeting script could run on one thread before an earlier step finished on another.
     */
    private final ReentrantLock runLock = new ReentrantLock();

    public ClockScheduler(SimClock clock) {
        this.clock = clock;
    }

    public synchronized void schedule(Instant due, Runnable action) {
        tasks.add(new Task(due, sequence.incrementAndGet(), action));
    }

    /**
     * Runs the due tasks in order, outside this object's lock since a task may schedule further
     * tasks. The simulator's tasks only start asynchronous work and do not wait for another
     * thread, which is what keeps the run lock free of deadlocks; a task must not block.
     */
    public void runDue() {
        runLock.lock();
        try {
            runDueInOrder();
        } finally {
            runLock.unlock();
        }
    }

    /**
     * Runs the due tasks unless another thread is running them already. The periodic timer on
     * the event loop calls it, because waiting there for a long playback would stall every HTTP
     * exchange. A task that becomes due just after the other thread stopped waits for the next tick.
     */
    public void runDueUnlessRunning() {
        if (!runLock.tryLock()) {
            return;
        }
        try {
            runDueInOrder();
        } finally {
            runLock.unlock();
        }
    }

    private void runDueInOrder() {
        while (true) {
            Task next;
            synchronized (this) {
                Task head = tasks.peek();
                if (head == null || head.due.isAfter(clock.instant())) {
                    return;
                }
                next = tasks.poll();
            }
            try {
                next.action.run();
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "Scheduled task due at " + next.due + " failed", e);
                failures.add(next.due + ": " + e.getMessage());
            }
        }
    }

    public synchronized int pendingCount() {
        return tasks.size();
    }

    public synchronized List<Instant> pendingInstants() {
        List<Instant> result = new ArrayList<>();
        tasks.forEach(task -> result.add(task.due));
        result.sort(Instant::compareTo);
        return result;
    }

    /** Returns the errors of tasks that failed, for example a script step that names an absent participant. */
    public List<String> failures() {
        return List.copyOf(failures);
    }

    public synchronized void clear() {
        tasks.clear();
        failures.clear();
    }
}
