package org.viltzoom.account.application.exception;

import org.viltzoom.kernel.domain.AccountId;
import org.viltzoom.kernel.domain.PlatformId;

/**
 * The Zoom account is already paired to another record. Pairing again with an overwrite
 * confirmation makes the new pairing win and supersedes that record.
 */
public class PairingConflictException extends RuntimeException {

    private final PlatformId holderPlatform;
    private final AccountId holderAccount;

    public PairingConflictException(String zoomAccountId, PlatformId holderPlatform, AccountId holderAccount,
                                    String holderName) {
        super("Zoom account " + zoomAccountId + " is paired to account " + holderAccount + " ('" + holderName
                + "') of platform " + holderPlatform + ". Start the pairing again with overwrite=true to move it here;"
                + " that account becomes SUPERSEDED and its future training events are invalidated.");
        this.holderPlatform = holderPlatform;
        this.holderAccount = holderAccount;
    }

    public PlatformId holderPlatform() {
        return holderPlatform;
    }

    public AccountId holderAccount() {
        return holderAccount;
    }
}
