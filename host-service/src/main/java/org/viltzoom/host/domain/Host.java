package org.viltzoom.host.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.viltzoom.kernel.domain.AccountId;
import org.viltzoom.kernel.domain.EmailAddress;
import org.viltzoom.kernel.domain.HostId;
import org.viltzoom.kernel.domain.LmsUserId;
import org.viltzoom.kernel.domain.PlatformId;
import org.viltzoom.kernel.event.host.HostUnpairReason;

/**
 * One LMS user assigned as a Zoom host of one account, and its pairing with a Zoom user.
 *
 * <p>Every method that changes the pairing returns whether the state that other services see
 * (status, reason, Zoom user, webinar capability, email) changed, so that the caller publishes
 * a domain event exactly then.
 */
public final class Host {

    private final HostId id;
    private final AccountId accountId;
    private final PlatformId platform;
    private final LmsUserId lmsUserId;
    private EmailAddress email;
    private String firstName;
    private String lastName;
    private HostStatus status;
    private HostUnpairReason unpairReason;
    private String zoomUserId;
    private boolean webinarCapable;
    private Instant lastCheckedAt;
    private Instant checkDueAt;
    private final long version;
    private final Instant createdAt;
    private Instant updatedAt;

    private Host(HostSnapshot snapshot) {
        this.id = new HostId(snapshot.id());
        this.accountId = new AccountId(snapshot.accountId());
        this.platform = PlatformId.of(snapshot.platform());
        this.lmsUserId = LmsUserId.of(snapshot.lmsUserId());
        this.email = EmailAddress.of(snapshot.email());
        this.firstName = snapshot.firstName();
        this.lastName = snapshot.lastName();
        this.status = Objects.requireNonNull(snapshot.status(), "status");
        this.unpairReason = snapshot.unpairReason();
        this.zoomUserId = snapshot.zoomUserId();
        this.webinarCapable = snapshot.webinarCapable();
        this.lastCheckedAt = snapshot.lastCheckedAt();
        this.checkDueAt = Objects.requireNonNull(snapshot.checkDueAt(), "checkDueAt");
        this.version = snapshot.version();
        this.createdAt = Objects.requireNonNull(snapshot.createdAt(), "createdAt");
        this.updatedAt = Objects.requireNonNull(snapshot.updatedAt(), "updatedAt");
    }

    /** Creates a newly assigned host, not yet checked in Zoom and due for a check at once. */
    public static Host assign(HostId id, AccountId accountId, PlatformId platform, HostProfile profile, Instant now) {
        return new Host(new HostSnapshot(id.value(), accountId.value(), platform.value(), profile.lmsUserId().value(),
                profile.email().value(), profile.firstName(), profile.lastName(), HostStatus.PENDING_CHECK, null, null,
                false, null, now, 0, now, now));
    }

    public static Host restore(HostSnapshot snapshot) {
        return new Host(snapshot);
    }

    /** Takes the LMS's current email and names; a changed email needs a new match in Zoom. */
    public boolean updateProfile(HostProfile profile, Instant now) {
        if (!profile.lmsUserId().equals(lmsUserId)) {
            throw new IllegalArgumentException("profile of LMS user " + profile.lmsUserId() + " given to host of " + lmsUserId);
        }
        boolean emailChanged = !profile.email().value().equals(email.value());
        firstName = profile.firstName();
        lastName = profile.lastName();
        email = profile.email();
        updatedAt = now;
        return emailChanged;
    }

    /**
     * Applies the result of a Zoom check and schedules the next periodic check.
     *
     * @return true when the state other services see changed
     */
    public boolean applyCheck(Classification classification, Instant now, Duration resyncPeriod) {
        lastCheckedAt = now;
        checkDueAt = now.plus(resyncPeriod);
        return apply(classification, now);
    }

    /** Marks the host NOT_PAIRED because its account is unpaired or superseded. */
    public boolean accountNotPaired(Instant now) {
        return apply(Classification.notPaired(HostUnpairReason.ACCOUNT_NOT_PAIRED, zoomUserId), now);
    }

    /** Marks the host NOT_PAIRED because Zoom reported its user deactivated, deleted or removed from the account. */
    public boolean zoomUserDeactivated(Instant now) {
        return apply(Classification.notPaired(HostUnpairReason.DEACTIVATED, zoomUserId), now);
    }

    /** Asks for a check in Zoom at the given time, for example after a notification. */
    public void requestCheck(Instant at) {
        checkDueAt = at;
    }

    /** Zoom could not be asked; the check is repeated at {@code retryAt}, the state stays. */
    public void checkFailed(Instant retryAt) {
        checkDueAt = retryAt;
    }

    private boolean apply(Classification classification, Instant now) {
        boolean changed = status != classification.status()
                || unpairReason != classification.reason()
                || !Objects.equals(zoomUserId, classification.zoomUserId())
                || webinarCapable != classification.webinarCapable();
        status = classification.status();
        unpairReason = classification.reason();
        zoomUserId = classification.zoomUserId();
        webinarCapable = classification.webinarCapable();
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    public HostSnapshot snapshot() {
        return new HostSnapshot(id.value(), accountId.value(), platform.value(), lmsUserId.value(), email.value(),
                firstName, lastName, status, unpairReason, zoomUserId, webinarCapable, lastCheckedAt, checkDueAt,
                version, createdAt, updatedAt);
    }

    public HostId id() {
        return id;
    }

    public AccountId accountId() {
        return accountId;
    }

    public PlatformId platform() {
        return platform;
    }

    public LmsUserId lmsUserId() {
        return lmsUserId;
    }

    public EmailAddress email() {
        return email;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public HostStatus status() {
        return status;
    }

    /** Returns why the host is not paired, or null while PAIRED or PENDING_CHECK. */
    public HostUnpairReason unpairReason() {
        return unpairReason;
    }

    public String zoomUserId() {
        return zoomUserId;
    }

    public boolean webinarCapable() {
        return webinarCapable;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
