package org.viltzoom.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.viltzoom.kernel.domain.AccountId;
import org.viltzoom.kernel.domain.PlatformId;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    private static Account newAccount() {
        return Account.create(AccountId.random(), PlatformId.of("production"), "Main", null, NOW);
    }

    private static ZoomPairing pairing(String zoomAccountId) {
        return new ZoomPairing(zoomAccountId, PairingMode.OAUTH, "client", "u-owner", NOW);
    }

    @Test
    void newAccountNeedsPairing() {
        Account account = newAccount();

        assertThat(account.status()).isEqualTo(AccountStatus.PAIRING_REQUIRED);
        assertThat(account.limits()).isEqualTo(AccountLimits.off());
        assertThat(account.version()).isEqualTo(1);
    }

    @Test
    void limitsAcceptOneTo999() {
        assertThat(new AccountLimits(1, 999, null).maxSessionsPerAccount()).isEqualTo(999);
        assertThatThrownBy(() -> new AccountLimits(0, null, null))
                .isInstanceOf(AccountRuleViolation.class)
                .hasMessageContaining("maxSessionsPerCourse");
        assertThatThrownBy(() -> new AccountLimits(null, 1000, null))
                .isInstanceOf(AccountRuleViolation.class)
                .hasMessageContaining("maxSessionsPerAccount");
        assertThatThrownBy(() -> new AccountLimits(null, null, -1))
                .isInstanceOf(AccountRuleViolation.class)
                .hasMessageContaining("maxConcurrentRooms");
    }

    @Test
    void nameIsRequiredTrimmedAndBounded() {
        assertThat(Account.create(AccountId.random(), PlatformId.of("p"), "  Main  ", null, NOW).name()).isEqualTo("Main");
        assertThatThrownBy(() -> Account.create(AccountId.random(), PlatformId.of("p"), " ", null, NOW))
                .isInstanceOf(AccountRuleViolation.class);
        assertThatThrownBy(() -> Account.create(AccountId.random(), PlatformId.of("p"), "x".repeat(256), null, NOW))
                .isInstanceOf(AccountRuleViolation.class);
    }

    @Test
    void pairingToAnotherZoomAccountNeedsUnpairingFirst() {
        Account account = newAccount();
        account.pair(pairing("zoom-a"), NOW);

        assertThatThrownBy(() -> account.pair(pairing("zoom-b"), NOW))
                .isInstanceOf(AccountRuleViolation.class)
                .hasMessageContaining("unpair it before");

        account.unpair(UnpairReason.UNPAIRED_BY_ADMINISTRATOR, NOW);
        account.pair(pairing("zoom-b"), NOW);
        assertThat(account.pairing().orElseThrow().zoomAccountId()).isEqualTo("zoom-b");
        assertThat(account.unpairReason()).isEmpty();
    }

    @Test
    void unpairingAnUnpairedAccountChangesNothing() {
        Account account = newAccount();

        assertThat(account.unpair(UnpairReason.TOKEN_REVOKED, NOW)).isFalse();
        assertThat(account.version()).isEqualTo(1);
    }

    @Test
    void onlyAPairedAccountCanBeSuperseded() {
        Account account = newAccount();

        assertThatThrownBy(() -> account.supersede(AccountId.random(), PlatformId.of("sandbox"), NOW))
                .isInstanceOf(AccountRuleViolation.class);

        account.pair(pairing("zoom-a"), NOW);
        account.supersede(AccountId.random(), PlatformId.of("sandbox"), NOW);
        assertThat(account.status()).isEqualTo(AccountStatus.SUPERSEDED);
    }

    @Test
    void selectedTemplatesMustBeValid() {
        Account account = newAccount();
        account.pair(pairing("zoom-a"), NOW);

        assertThatThrownBy(() -> account.selectTemplates(new TemplateSelection(Set.of("t-9"), null), Set.of("t-1"), NOW))
                .isInstanceOf(AccountRuleViolation.class)
                .hasMessageContaining("t-9");
        assertThatThrownBy(() -> new TemplateSelection(Set.of("t-1"), "t-2"))
                .isInstanceOf(AccountRuleViolation.class);

        account.selectTemplates(new TemplateSelection(Set.of("t-1"), "t-1"), Set.of("t-1", "t-2"), NOW);
        assertThat(account.templates().defaultTemplateId()).isEqualTo("t-1");
    }

    @Test
    void snapshotRestoresEveryField() {
        Account account = newAccount();
        account.pair(pairing("zoom-a"), NOW);
        account.changeLimits(new AccountLimits(3, null, 2), NOW);
        account.changeAdvancedSettings(new AdvancedSettings(true, true, "profile-1"), NOW);
        account.recordMissingScopes(Set.of("report:read:admin"), NOW);

        Account restored = Account.restore(account.snapshot());

        assertThat(restored.snapshot()).isEqualTo(account.snapshot());
    }

    @Test
    void ownerAndAdminRolesMayPair() {
        assertThat(new ZoomUserProfile("u", "a", "e", "Owner", "0", "active").isOwnerOrAdmin()).isTrue();
        assertThat(new ZoomUserProfile("u", "a", "e", "Admin", "1", "active").isOwnerOrAdmin()).isTrue();
        assertThat(new ZoomUserProfile("u", "a", "e", "admin", null, "active").isOwnerOrAdmin()).isTrue();
        assertThat(new ZoomUserProfile("u", "a", "e", "Member", "2", "active").isOwnerOrAdmin()).isFalse();
        assertThat(new ZoomUserProfile("u", "a", "e", null, null, "active").isOwnerOrAdmin()).isFalse();
    }
}
