package org.viltzoom.account.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.viltzoom.kernel.domain.AccountId;
import org.viltzoom.kernel.domain.PlatformId;

/**
 * An account record of one platform, and its connection to at most one Zoom account. Each
 * change increments {@link #version()}, which the REST layer exposes as the ETag.
 */
public final class Account {

    public static final int MAX_NAME_LENGTH = 255;
    public static final int MAX_DESCRIPTION_LENGTH = 2000;

    private final AccountId id;
    private final PlatformId platform;
    private final Instant createdAt;
    private String name;
    private String description;
    private AccountStatus status;
    private UnpairReason unpairReason;
    private ZoomPairing pairing;
    private AccountId supersededBy;
    private PlatformId supersededByPlatform;
    private AccountLimits limits;
    private AdvancedSettings advancedSettings;
    private TemplateSelection templates;
    private Set<String> missingScopes;
    private long version;
    private Instant updatedAt;

    private Account(AccountId id, PlatformId platform, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.platform = Objects.requireNonNull(platform, "platform");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Creates a record that still needs pairing, with every option off. */
    public static Account create(AccountId id, PlatformId platform, String name, String description, Instant now) {
        Account account = new Account(id, platform, now);
        account.name = checkedName(name);
        account.description = checkedDescription(description);
        account.status = AccountStatus.PAIRING_REQUIRED;
        account.limits = AccountLimits.off();
        account.advancedSettings = AdvancedSettings.defaults();
        account.templates = TemplateSelection.none();
        account.missingScopes = Set.of();
        account.version = 1;
        account.updatedAt = now;
        return account;
    }

    public static Account restore(AccountSnapshot snapshot) {
        Account account = new Account(new AccountId(snapshot.id()), PlatformId.of(snapshot.platform()), snapshot.createdAt());
        account.name = snapshot.name();
        account.description = snapshot.description();
        account.status = snapshot.status();
        account.unpairReason = snapshot.unpairReason();
        account.pairing = snapshot.zoomAccountId() == null ? null : new ZoomPairing(snapshot.zoomAccountId(),
                snapshot.pairingMode(), snapshot.zoomAppClientId(), snapshot.authorizedByZoomUserId(), snapshot.pairedAt());
        account.supersededBy = snapshot.supersededByAccountId() == null ? null : new AccountId(snapshot.supersededByAccountId());
        account.supersededByPlatform = snapshot.supersededByPlatform() == null ? null : PlatformId.of(snapshot.supersededByPlatform());
        account.limits = new AccountLimits(snapshot.maxSessionsPerCourse(), snapshot.maxSessionsPerAccount(),
                snapshot.maxConcurrentRooms());
        account.advancedSettings = new AdvancedSettings(snapshot.mandatoryRegistration(),
                snapshot.mandatoryAuthentication(), snapshot.authenticationOption());
        account.templates = new TemplateSelection(snapshot.enabledTemplateIds(), snapshot.defaultTemplateId());
        account.missingScopes = snapshot.missingScopes() == null ? Set.of() : Set.copyOf(snapshot.missingScopes());
        account.version = snapshot.version();
        account.updatedAt = snapshot.updatedAt();
        return account;
    }

    public AccountSnapshot snapshot() {
        return new AccountSnapshot(id.value(), platform.value(), name, description, status, unpairReason,
                pairing == null ? null : pairing.zoomAccountId(),
                pairing == null ? null : pairing.mode(),
                pairing == null ? null : pairing.zoomAppClientId(),
                pairing == null ? null : pairing.authorizedByZoomUserId(),
                pairing == null ? null : pairing.pairedAt(),
                supersededBy == null ? null : supersededBy.value(),
                supersededByPlatform == null ? null : supersededByPlatform.value(),
                limits.maxSessionsPerCourse(), limits.maxSessionsPerAccount(), limits.maxConcurrentRooms(),
                advancedSettings.mandatoryRegistration(), advancedSettings.mandatoryAuthentication(),
                advancedSettings.authenticationOption(),
                new TreeSet<>(templates.enabledTemplateIds()), templates.defaultTemplateId(),
                new TreeSet<>(missingScopes), version, createdAt, updatedAt);
    }

    public void rename(String newName, String newDescription, Instant now) {
        name = checkedName(newName);
        description = checkedDescription(newDescription);
        touch(now);
    }

    public void changeLimits(AccountLimits newLimits, Instant now) {
        limits = Objects.requireNonNull(newLimits, "limits");
        touch(now);
    }

    public void changeAdvancedSettings(AdvancedSettings settings, Instant now) {
        advancedSettings = Objects.requireNonNull(settings, "settings");
        touch(now);
    }

    /**
     * Enables templates that exist in Zoom for the paired user.
     *
     * @param templatesInZoom the ids Zoom lists right now
     */
    public void selectTemplates(TemplateSelection selection, Set<String> templatesInZoom, Instant now) {
        requirePaired("select templates");
        for (String templateId : selection.enabledTemplateIds()) {
            if (!templatesInZoom.contains(templateId)) {
                throw new AccountRuleViolation("unknown-template", "enabledTemplateIds",
                        "Zoom has no meeting template " + templateId + " for the paired user");
            }
        }
        templates = selection;
        touch(now);
    }

    /**
     * Connects the record to a Zoom account. A record paired to one Zoom account cannot switch to
     * another without being unpaired first, because its hosts and training events belong to the first.
     */
    public void pair(ZoomPairing newPairing, Instant now) {
        if (status == AccountStatus.PAIRED && !pairing.zoomAccountId().equals(newPairing.zoomAccountId())) {
            throw new AccountRuleViolation("paired-to-other-zoom-account", null,
                    "account " + id + " is paired to Zoom account " + pairing.zoomAccountId()
                            + "; unpair it before pairing Zoom account " + newPairing.zoomAccountId());
        }
        pairing = newPairing;
        status = AccountStatus.PAIRED;
        unpairReason = null;
        supersededBy = null;
        supersededByPlatform = null;
        missingScopes = Set.of();
        touch(now);
    }

    /** Returns false when the record was not paired, so there was nothing to unpair. */
    public boolean unpair(UnpairReason reason, Instant now) {
        if (status != AccountStatus.PAIRED) {
            return false;
        }
        status = AccountStatus.UNPAIRED;
        unpairReason = Objects.requireNonNull(reason, "reason");
        touch(now);
        return true;
    }

    /** Marks the record superseded: the newest pairing of its Zoom account won, so this record loses its connection. */
    public void supersede(AccountId winner, PlatformId winnerPlatform, Instant now) {
        requirePaired("be superseded");
        status = AccountStatus.SUPERSEDED;
        supersededBy = winner;
        supersededByPlatform = winnerPlatform;
        touch(now);
    }

    /** Records the scopes a token lacked; an empty set clears the warning. */
    public void recordMissingScopes(Set<String> scopes, Instant now) {
        if (!missingScopes.equals(scopes)) {
            missingScopes = Set.copyOf(scopes);
            touch(now);
        }
    }

    public boolean isPaired() {
        return status == AccountStatus.PAIRED;
    }

    private void requirePaired(String action) {
        if (status != AccountStatus.PAIRED) {
            throw new AccountRuleViolation("account-not-paired", null,
                    "account " + id + " is " + status + "; only a PAIRED account can " + action);
        }
    }

    private void touch(Instant now) {
        version++;
        updatedAt = now;
    }

    private static String checkedName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new AccountRuleViolation("name-missing", "name", "name is required");
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new AccountRuleViolation("too-long", "name",
                    "name is longer than " + MAX_NAME_LENGTH + " characters");
        }
        return trimmed;
    }

    private static String checkedDescription(String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        if (description.length() > MAX_DESCRIPTION_LENGTH) {
            throw new AccountRuleViolation("too-long", "description",
                    "description is longer than " + MAX_DESCRIPTION_LENGTH + " characters");
        }
        return description.strip();
    }

    public AccountId id() {
        return id;
    }

    public PlatformId platform() {
        return platform;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public AccountStatus status() {
        return status;
    }

    public Optional<UnpairReason> unpairReason() {
        return Optional.ofNullable(unpairReason);
    }

    public Optional<ZoomPairing> pairing() {
        return Optional.ofNullable(pairing);
    }

    public Optional<AccountId> supersededBy() {
        return Optional.ofNullable(supersededBy);
    }

    public AccountLimits limits() {
        return limits;
    }

    public AdvancedSettings advancedSettings() {
        return advancedSettings;
    }

    public TemplateSelection templates() {
        return templates;
    }

    public Set<String> missingScopes() {
        return missingScopes;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
