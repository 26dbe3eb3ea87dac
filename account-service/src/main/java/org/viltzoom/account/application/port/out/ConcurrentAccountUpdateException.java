package org.viltzoom.account.application.port.out;

import org.viltzoom.kernel.domain.AccountId;

/** Another transaction paired the same Zoom account at the same time; the request can be repeated. */
public class ConcurrentAccountUpdateException extends RuntimeException {

    public ConcurrentAccountUpdateException(AccountId id) {
        super("another request paired the same Zoom account while account " + id
                + " was being paired; read the account again and retry");
    }
}
