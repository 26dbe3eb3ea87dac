package org.viltzoom.host.application.exception;

import org.viltzoom.kernel.domain.AccountId;

/** host-service has no account with this id on the platform, because account-service never reported it paired. */
public class AccountNotFoundException extends RuntimeException {

    public AccountNotFoundException(AccountId accountId) {
        super("Account " + accountId + " is unknown to host-service; pair it in account-service first.");
    }
}
