package org.viltzoom.kernel.zoom;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * Pauses the calls of one Zoom account in one rate-limit category after Zoom returned 429 with
 * {@code X-RateLimit-Type: QPS}. Zoom counts requests per account and category per second, shared
 * by all apps of the account (developers.zoom.us/docs/api/rate-limits). Once that second is full,
 * every further request in it also gets a 429. Threads that retry on their own backoff keep
 * landing in full windows and use up their retries. With the pause, no call of that account and
 * category is sent until one second after the last 429, so the waiting calls are the first of a
 * fresh window.
 *
 * <p>Pauses run on a monotonic clock, so a step of the wall clock neither stretches nor skips
 * them. They are kept in this JVM only: other instances of a service pause on their own 429s.
 * Safe for concurrent use. The account key is whatever the caller uses to tell accounts apart.
 */
public final class PerSecondLimitPause {

    /** Length of Zoom's per-second rate-limit window. */
    public static final Duration WINDOW = Duration.ofSeconds(1);

    private record Key(Object account, String category) {
    }

    private final LongSupplier nanoTime;
    private final ConcurrentMap<Key, Long> pausedUntilNanos = new ConcurrentHashMap<>();

    public PerSecondLimitPause() {
        this(System::nanoTime);
    }

    /** @param nanoTime a monotonic clock in nanoseconds, as {@link System#nanoTime()} */
    public PerSecondLimitPause(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Returns how long a call of this account and category must wait before it is sent; zero when none. */
    public Duration remaining(Object account, String category) {
        Key key = new Key(account, category);
        Long until = pausedUntilNanos.get(key);
        if (until == null) {
            return Duration.ZERO;
        }

        long wait = until - nanoTime.getAsLong();
        if (wait <= 0) {
            pausedUntilNanos.remove(key, until);
            return Duration.ZERO;
        }
        return Duration.ofNanos(wait);
    }

    /**
     * Records a per-second 429 and pauses the account's calls in the category for one window, or
     * for {@code retryAfter} when Zoom asked for a longer wait. A pause already running is never
     * shortened.
     *
     * @param retryAfter the wait that Zoom's {@code Retry-After} asked for, or null when it sent none
     * @return how long the pause lasts from now
     */
    public Duration pause(Object account, String category, Duration retryAfter) {
        Duration wait = retryAfter != null && retryAfter.compareTo(WINDOW) > 0 ? retryAfter : WINDOW;
        long now = nanoTime.getAsLong();
        long until = pausedUntilNanos.merge(new Key(account, category), now + wait.toNanos(),
                (running, requested) -> running - requested > 0 ? running : requested);
        return Duration.ofNanos(until - now);
    }
}
