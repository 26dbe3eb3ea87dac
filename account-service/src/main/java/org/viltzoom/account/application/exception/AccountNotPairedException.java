package org.viltzoom.account.application.exception;

import org.viltzoom.account.domain.AccountStatus;
import org.viltzoom.kernel.domain.AccountId;

/** The account has no working Zoom connection, so no token can be issued for it. */
public class AccountNotPairedException extends RuntimeException {

    private final AccountStatus status;

    public AccountNotPairedException(AccountId id, AccountStatus status) {
        super("account " + id + " is " + status + ", so it has no Zoom access token; pair it again");
        this.status = status;
    }

    public AccountStatus status() {
        return status;
    }
}
