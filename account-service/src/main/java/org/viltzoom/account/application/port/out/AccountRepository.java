package org.viltzoom.account.application.port.out;

import java.util.List;
import java.util.Optional;
import org.viltzoom.account.domain.Account;
import org.viltzoom.kernel.domain.AccountId;
import org.viltzoom.kernel.domain.PlatformId;

/** Stores account records. */
public interface AccountRepository {

    Optional<Account> find(AccountId id);

    /** Finds an account only within its platform, so that no caller sees another platform's record. */
    Optional<Account> findInPlatform(AccountId id, PlatformId platform);

    /** Reads and locks the record until the transaction ends; writers use it before comparing versions. */
    Optional<Account> findForUpdate(AccountId id);

    Optional<Account> findInPlatformForUpdate(AccountId id, PlatformId platform);

    /** One page of a platform's accounts, oldest first. */
    List<Account> list(PlatformId platform, int offset, int limit);

    long count(PlatformId platform);

    /** The record that holds the pairing of a Zoom account, across all platforms. */
    Optional<Account> findPairedByZoomAccount(String zoomAccountId);

    List<AccountId> findAllPaired();

    /**
     * Inserts or updates.
     *
     * @throws ConcurrentAccountUpdateException if another transaction paired the same Zoom account first
     */
    void save(Account account);

    void delete(AccountId id);
}
