package org.viltzoom.host.domain;

import java.util.Objects;
import org.viltzoom.kernel.event.host.HostUnpairReason;

/**
 * The pairing state that Zoom's response gives a host.
 *
 * @param reason why the host is not paired; null exactly when {@code status} is PAIRED
 * @param zoomUserId the matched Zoom user, or null when no user of the account matched
 */
public record Classification(HostStatus status, HostUnpairReason reason, String zoomUserId, boolean webinarCapable) {

    public Classification {
        Objects.requireNonNull(status, "status");
        if (status == HostStatus.PENDING_CHECK) {
            throw new IllegalArgumentException("a classification is PAIRED or NOT_PAIRED");
        }
        if ((status == HostStatus.PAIRED) != (reason == null)) {
            throw new IllegalArgumentException("a reason is given exactly when the host is not paired");
        }
    }

    public static Classification paired(String zoomUserId, boolean webinarCapable) {
        return new Classification(HostStatus.PAIRED, null, Objects.requireNonNull(zoomUserId, "zoomUserId"),
                webinarCapable);
    }

    public static Classification notPaired(HostUnpairReason reason, String zoomUserId) {
        return new Classification(HostStatus.NOT_PAIRED, Objects.requireNonNull(reason, "reason"), zoomUserId, false);
    }
}
