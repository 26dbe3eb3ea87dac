package org.viltzoom.event.application.port.out;

import java.util.Optional;
import java.util.UUID;
import org.viltzoom.event.domain.AccountView;

/** The read model of accounts, fed by account-service's domain events. */
public interface AccountViews {

    Optional<AccountView> find(UUID accountId);

    void save(AccountView account);
}
