package org.viltzoom.host.application.exception;

import org.viltzoom.host.domain.AccountStatus;
import org.viltzoom.kernel.domain.AccountId;

/** Hosts can be matched only for a PAIRED account. */
public class AccountNotPairedException extends RuntimeException {

    private final AccountStatus status;

    public AccountNotPairedException(AccountId accountId, AccountStatus status) {
        super("Account " + accountId + " is " + status + "; pair it again before assigning or retrying hosts.");
        this.status = status;
    }

    public AccountStatus status() {
        return status;
    }
}
