package org.viltzoom.host.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.viltzoom.host.domain.Host;
import org.viltzoom.host.domain.HostStatus;
import org.viltzoom.kernel.domain.AccountId;
import org.viltzoom.kernel.domain.EmailAddress;
import org.viltzoom.kernel.domain.HostId;
import org.viltzoom.kernel.domain.LmsUserId;

/** Stored hosts. Methods that change rows need the caller's transaction. */
public interface HostRepository {

    Optional<Host> find(HostId id);

    /** Finds and locks the row until the transaction ends. */
    Optional<Host> findForUpdate(HostId id);

    /** Finds and locks the hosts of these LMS users in the account. */
    List<Host> findByLmsUsersForUpdate(AccountId accountId, Collection<LmsUserId> lmsUserIds);

    /** Finds and locks every host of the account. */
    List<Host> findByAccountForUpdate(AccountId accountId);

    /** Finds and locks the hosts matched to a Zoom user, in any of the accounts. */
    List<Host> findByZoomUserForUpdate(Collection<AccountId> accountIds, String zoomUserId);

    /** Finds and locks the hosts with this email (compared case-insensitively) in any of the accounts. */
    List<Host> findByEmailForUpdate(Collection<AccountId> accountIds, EmailAddress email);

    /** A page of the account's hosts, oldest first, optionally only those of one status. */
    List<Host> list(AccountId accountId, Optional<HostStatus> status, int offset, int limit);

    long count(AccountId accountId, Optional<HostStatus> status);

    /**
     * Claims up to {@code limit} hosts whose check is due, skipping rows that another replica has
     * locked, and moves their due time to {@code leaseUntil} so that no other run takes them
     * while this one checks them.
     */
    List<HostId> claimDueChecks(Instant now, Instant leaseUntil, int limit);

    void save(Host host);

    void delete(Host host);
}
