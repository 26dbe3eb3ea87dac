package org.viltzoom.host.domain;

import java.util.Objects;
import org.viltzoom.kernel.domain.AccountId;
import org.viltzoom.kernel.domain.PlatformId;

/**
 * host-service's read model of an account, fed by account-service's domain events.
 *
 * @param zoomAccountId the Zoom account of the latest pairing; kept after unpairing
 */
public record AccountView(AccountId accountId, PlatformId platform, String zoomAccountId, AccountStatus status) {

    public AccountView {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(status, "status");
    }

    public boolean isPaired() {
        return status == AccountStatus.PAIRED;
    }

    public AccountView withStatus(AccountStatus newStatus) {
        return new AccountView(accountId, platform, zoomAccountId, newStatus);
    }
}
