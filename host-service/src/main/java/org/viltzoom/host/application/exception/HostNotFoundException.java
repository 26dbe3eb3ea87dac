package org.viltzoom.host.application.exception;

import org.viltzoom.kernel.domain.AccountId;
import org.viltzoom.kernel.domain.HostId;

public class HostNotFoundException extends RuntimeException {

    public HostNotFoundException(AccountId accountId, HostId hostId) {
        super("Host " + hostId + " does not exist in account " + accountId + ".");
    }
}
