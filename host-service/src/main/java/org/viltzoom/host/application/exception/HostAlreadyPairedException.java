package org.viltzoom.host.application.exception;

import org.viltzoom.kernel.domain.HostId;

/** A retry applies to hosts that are not PAIRED; the resync keeps PAIRED hosts current. */
public class HostAlreadyPairedException extends RuntimeException {

    public HostAlreadyPairedException(HostId hostId) {
        super("Host " + hostId + " is PAIRED already; only a host that is not paired can be retried.");
    }
}
