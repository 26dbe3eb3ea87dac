package org.viltzoom.event.application.port.out;

import java.util.Optional;
import java.util.UUID;

/** The training events created per {@code Idempotency-Key}, so that a repeated create returns the first. */
public interface IdempotencyKeys {

    Optional<UUID> find(String platform, String key);

    /**
     * Remembers the key in the current transaction.
     *
     * @return false when another request stored the key first
     */
    boolean remember(String platform, String key, UUID trainingEventId);
}
