package org.viltzoom.event.application.port.out;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * Serializes changes to one training event's enrollments and Zoom registrants across threads and
 * service instances, because they span several transactions and Zoom calls.
 */
public interface EventLocks {

    /**
     * Runs {@code work} while holding the event's lock, waiting for it first. The lock is not
     * reentrant: {@code work} must not ask for the same event's lock again.
     */
    <T> T withEnrollmentLock(UUID trainingEventId, Supplier<T> work);
}
