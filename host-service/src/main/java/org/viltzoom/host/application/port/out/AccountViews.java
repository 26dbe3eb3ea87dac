package org.viltzoom.host.application.port.out;

import java.util.List;
import java.util.Optional;
import org.viltzoom.host.domain.AccountView;
import org.viltzoom.kernel.domain.AccountId;

/** host-service's read model of accounts. */
public interface AccountViews {

    Optional<AccountView> find(AccountId accountId);

    /** Accounts whose latest pairing was with this Zoom account, in any status. */
    List<AccountView> findByZoomAccount(String zoomAccountId);

    void save(AccountView account);
}
