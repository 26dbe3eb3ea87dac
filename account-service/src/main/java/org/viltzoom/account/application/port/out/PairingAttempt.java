package org.viltzoom.account.application.port.out;

import java.time.Instant;
import org.viltzoom.kernel.domain.AccountId;

/**
 * A started OAuth pairing, waiting for Zoom's callback. Its nonce is the single-use part of the
 * signed {@code state}.
 *
 * @param overwrite the administrator confirmed that this pairing may supersede another record
 */
public record PairingAttempt(String nonce, AccountId accountId, boolean overwrite, Instant expiresAt) {
}
