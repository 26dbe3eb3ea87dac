package org.viltzoom.kernel.zoom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Pauses the calls of one Zoom account in one rate-limit category after Zoom returned 429 with
 * {@code X-RateLimit-Type: QPS}. Zoom counts requests per account and category per second, shared
 * by all apps of the account (developers.zoom.us/docs/api/rate-limits). Once that second is full,
 * every further request in it also gets a 429. Threads that retry on their own backoff keep
 * landing in full windows and use up their retries. With the pause, no call of that account and
 * category is sent until one second after the last 429, so the waiting calls are the first of a
 * fresh window.
 *
 * <p>Safe for concurrent use. The account key is whatever the caller uses to tell accounts apart.
 */
public final class PerSecondLimitPause {

    /** Length of Zoom's per-second rate-limit window. */
    public static final Duration WINDOW = Duration.ofSeconds(1);

    private record Key(Object account, String category) {
    }

    private final Clock clock;
    private final ConcurrentMap<Key, Instant> pausedUntil = new ConcurrentHashMap<>();

    public PerSecondLimitPause(Clock clock) {
        this.clock = clock;
    }

    /** Returns how long a call of this account and category must wait before it is sent; zero when none. */
    public Duration remaining(Object account, String category) {
        Key key = new Key(account, category);
        Instant until = pausedUntil.get(key);
        if (until == null) {
            return Duration.ZERO;
        }

        Duration wait = Duration.between(clock.instant(), until);
        if (wait.isNegative() || wait.isZero()) {
            pausedUntil.remove(key, until);
            return Duration.ZERO;
        }
        return wait;
    }

    /**
     * Records a per-second 429 and pauses the account's calls in the category for one window, or
     * until {@code retryAfter} when Zoom sent a later one. A pause already running is never shortened.
     *
     * @param retryAfter Zoom's {@code Retry-After}, or null when it sent none
     * @return the time the pause ends
     */
    public Instant pause(Object account, String category, Instant retryAfter) {
        Instant until = clock.instant().plus(WINDOW);
        if (retryAfter != null && retryAfter.isAfter(until)) {
            until = retryAfter;
        }
        return pausedUntil.merge(new Key(account, category), until, PerSecondLimitPause::later);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
