package org.viltzoom.account.application.port.out;

import java.time.Instant;
import java.util.Optional;

/** Started OAuth pairings. */
public interface PairingAttempts {

    void save(PairingAttempt attempt);

    /** Marks the attempt used and returns it, or returns empty when it is unknown, used or expired. */
    Optional<PairingAttempt> consume(String nonce, Instant now);
}
