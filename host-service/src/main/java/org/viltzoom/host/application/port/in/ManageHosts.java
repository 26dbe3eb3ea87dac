package org.viltzoom.host.application.port.in;

import java.util.List;
import java.util.Optional;
import org.viltzoom.host.domain.Host;
import org.viltzoom.host.domain.HostProfile;
import org.viltzoom.host.domain.HostStatus;
import org.viltzoom.kernel.domain.AccountId;
import org.viltzoom.kernel.domain.HostId;
import org.viltzoom.kernel.domain.PlatformId;

/** Administrator operations on the hosts of an account. */
public interface ManageHosts {

    /** The result for one assigned LMS user. */
    record Assignment(Host host, boolean created) {
    }

    /** A page of hosts and the number of hosts that match the filter. */
    record HostPage(List<Host> hosts, long total) {
    }

    /**
     * Assigns LMS users as hosts of a paired account and matches each in Zoom. An LMS user who is
     * a host of the account already gets the new email and names and is matched again.
     *
     * @return one assignment per profile, in the order given
     */
    List<Assignment> assign(PlatformId platform, AccountId accountId, List<HostProfile> profiles);

    HostPage list(PlatformId platform, AccountId accountId, Optional<HostStatus> status, int page, int size);

    Host get(PlatformId platform, AccountId accountId, HostId hostId);

    /** Matches a host that is not PAIRED in Zoom again, now. */
    Host retry(PlatformId platform, AccountId accountId, HostId hostId);

    /** Removes a host; other services learn it through HostUnpaired with reason REMOVED. */
    void remove(PlatformId platform, AccountId accountId, HostId hostId);
}
