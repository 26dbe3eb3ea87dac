package org.viltzoom.host.adapter.in.kafka;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.viltzoom.host.application.port.in.TrackAccounts;
import org.viltzoom.kernel.domain.AccountId;
import org.viltzoom.kernel.domain.PlatformId;
import org.viltzoom.kernel.event.DomainEvent;
import org.viltzoom.kernel.event.EventEnvelope;
import org.viltzoom.kernel.event.Topics;
import org.viltzoom.kernel.event.account.AccountPaired;
import org.viltzoom.kernel.event.account.AccountSuperseded;
import org.viltzoom.kernel.event.account.AccountUnpaired;
import org.viltzoom.kernel.inbox.InboxConsumers;

/** Feeds account-service's domain events into the account read model; other account events do not concern hosts. */
@ApplicationScoped
class AccountEventsConsumer {

    @Inject
    InboxConsumers consumers;

    @Inject
    TrackAccounts accounts;

    void start(@Observes StartupEvent event) {
        consumers.subscribeToDomainEvents("accounts", List.of(Topics.ACCOUNT), this::apply);
    }

    void apply(EventEnvelope<DomainEvent> envelope) {
        PlatformId platform = PlatformId.of(envelope.platform());
        DomainEvent data = envelope.data();
        if (data instanceof AccountPaired paired) {
            accounts.paired(new AccountId(paired.accountId()), platform, paired.zoomAccountId());
        } else if (data instanceof AccountUnpaired unpaired) {
            accounts.unpaired(new AccountId(unpaired.accountId()), platform);
        } else if (data instanceof AccountSuperseded superseded) {
            accounts.superseded(new AccountId(superseded.accountId()), platform);
        }
    }
}
