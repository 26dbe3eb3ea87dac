package org.viltzoom.host.application.port.in;

import org.viltzoom.kernel.domain.AccountId;
import org.viltzoom.kernel.domain.PlatformId;

/** Applies account-service's domain events to the hosts. Each method runs in the caller's transaction. */
public interface TrackAccounts {

    /** The account is paired, first or again: its hosts are checked in Zoom again. */
    void paired(AccountId accountId, PlatformId platform, String zoomAccountId);

    /** The account lost its Zoom connection: every host of it becomes NOT_PAIRED. */
    void unpaired(AccountId accountId, PlatformId platform);

    /** Another record took the Zoom account: every host of this one becomes NOT_PAIRED. */
    void superseded(AccountId accountId, PlatformId platform);
}
