package org.viltzoom.account.application.exception;

import org.viltzoom.kernel.domain.AccountId;

/** No account with this id exists in the caller's platform. */
public class AccountNotFoundException extends RuntimeException {

    public AccountNotFoundException(AccountId id) {
        super("account " + id + " does not exist in this platform");
    }
}
