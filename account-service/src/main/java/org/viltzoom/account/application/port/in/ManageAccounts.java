package org.viltzoom.account.application.port.in;

import java.util.List;
import org.viltzoom.account.domain.Account;
import org.viltzoom.account.domain.AccountLimits;
import org.viltzoom.account.domain.AdvancedSettings;
import org.viltzoom.kernel.domain.AccountId;
import org.viltzoom.kernel.domain.PlatformId;

/** Administration of account records within one platform. */
public interface ManageAccounts {

    /** One page of accounts and the total count. */
    record AccountPage(List<Account> accounts, long total) {
    }

    Account create(PlatformId platform, String name, String description);

    Account get(PlatformId platform, AccountId id);

    AccountPage list(PlatformId platform, int offset, int limit);

    /** Every change takes the version the caller read; a different stored version rejects it. */
    Account rename(PlatformId platform, AccountId id, long expectedVersion, String name, String description);

    Account changeLimits(PlatformId platform, AccountId id, long expectedVersion, AccountLimits limits);

    Account changeAdvancedSettings(PlatformId platform, AccountId id, long expectedVersion, AdvancedSettings settings);

    /** Unpairs the account if it is paired, then deletes it and its credentials. */
    void delete(PlatformId platform, AccountId id, long expectedVersion);
}
