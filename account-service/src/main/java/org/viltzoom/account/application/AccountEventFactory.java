package org.viltzoom.account.application;

import java.time.Instant;
import java.util.List;
import org.viltzoom.account.domain.Account;
import org.viltzoom.account.domain.ZoomPairing;
import org.viltzoom.kernel.event.account.AccountOptions;
import org.viltzoom.kernel.event.account.AccountPaired;
import org.viltzoom.kernel.event.account.AccountSettingsChanged;
import org.viltzoom.kernel.event.account.AccountSuperseded;
import org.viltzoom.kernel.event.account.AccountUnpaired;
import org.viltzoom.kernel.event.account.PairingMode;
import org.viltzoom.kernel.event.account.UnpairReason;

/** Builds the published contracts from the account aggregate. */
final class AccountEventFactory {

    private AccountEventFactory() {
    }

    static AccountPaired paired(Account account) {
        ZoomPairing pairing = account.pairing().orElseThrow();
        return new AccountPaired(account.id().value(), account.name(), pairing.zoomAccountId(),
                PairingMode.valueOf(pairing.mode().name()), pairing.zoomAppClientId(), options(account),
                pairing.pairedAt());
    }

    static AccountSettingsChanged settingsChanged(Account account) {
        return new AccountSettingsChanged(account.id().value(), options(account), account.updatedAt());
    }

    static AccountUnpaired unpaired(Account account, Instant at) {
        return new AccountUnpaired(account.id().value(), account.pairing().map(ZoomPairing::zoomAccountId).orElse(null),
                UnpairReason.valueOf(account.unpairReason().orElseThrow().name()), at);
    }

    static AccountSuperseded superseded(Account loser, Account winner, Instant at) {
        return new AccountSuperseded(loser.id().value(), loser.pairing().orElseThrow().zoomAccountId(),
                winner.id().value(), winner.platform().value(), at);
    }

    private static AccountOptions options(Account account) {
        return new AccountOptions(
                account.limits().maxSessionsPerCourse(),
                account.limits().maxSessionsPerAccount(),
                account.limits().maxConcurrentRooms(),
                account.advancedSettings().mandatoryRegistration(),
                account.advancedSettings().mandatoryAuthentication(),
                account.advancedSettings().authenticationOption(),
                List.copyOf(new java.util.TreeSet<>(account.templates().enabledTemplateIds())),
                account.templates().defaultTemplateId());
    }
}
