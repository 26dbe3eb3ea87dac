package org.viltzoom.event.application.port.out;

import java.time.LocalDate;

/**
 * The Zoom meeting writes each host has made per UTC day, so that a replacement starts only
 * when both of its calls fit in the host's daily limit.
 */
public interface WriteBudgets {

    /** Reserves {@code writes} for the host on the day if they fit under {@code limit}; returns whether they did. */
    boolean tryReserve(String hostZoomUserId, LocalDate utcDay, int writes, int limit);

    /** Gives back writes that were reserved but not made. */
    void release(String hostZoomUserId, LocalDate utcDay, int writes);

    /** Marks the day as spent, after Zoom returned the daily 429 before this count reached the limit. */
    void exhaust(String hostZoomUserId, LocalDate utcDay, int limit);
}
