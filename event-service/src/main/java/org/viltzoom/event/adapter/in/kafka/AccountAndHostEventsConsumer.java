package org.viltzoom.event.adapter.in.kafka;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;
import org.viltzoom.event.application.port.in.ApplyAccountAndHostChanges;
import org.viltzoom.event.application.port.out.AccountViews;
import org.viltzoom.event.domain.AccountView;
import org.viltzoom.event.domain.HostView;
import org.viltzoom.kernel.event.DomainEvent;
import org.viltzoom.kernel.event.EventEnvelope;
import org.viltzoom.kernel.event.Topics;
import org.viltzoom.kernel.event.account.AccountOptions;
import org.viltzoom.kernel.event.account.AccountPaired;
import org.viltzoom.kernel.event.account.AccountSettingsChanged;
import org.viltzoom.kernel.event.account.AccountSuperseded;
import org.viltzoom.kernel.event.account.AccountUnpaired;
import org.viltzoom.kernel.event.host.HostPaired;
import org.viltzoom.kernel.event.host.HostUnpaired;

/** Feeds the account and host read models from account-service's and host-service's domain events. */
@ApplicationScoped
class AccountAndHostEventsConsumer {

    private static final Logger LOG = Logger.getLogger(AccountAndHostEventsConsumer.class);

    @Inject
    org.viltzoom.kernel.inbox.InboxConsumers consumers;

    @Inject
    ApplyAccountAndHostChanges changes;

    @Inject
    AccountViews accounts;

    void start(@Observes StartupEvent event) {
        consumers.subscribeToDomainEvents("accounts-and-hosts", List.of(Topics.ACCOUNT, Topics.HOST), this::apply);
    }

    /** Runs in the inbox transaction; a failure rolls back the read model and the inbox row together. */
    void apply(EventEnvelope<DomainEvent> envelope) {
        DomainEvent data = envelope.data();
        String platform = envelope.platform();
        if (data instanceof AccountPaired paired) {
            changes.accountChanged(view(paired.accountId(), platform, AccountView.PAIRED, paired.zoomAccountId(),
                    paired.options()), null);
        } else if (data instanceof AccountSettingsChanged changed) {
            AccountView current = accounts.find(changed.accountId()).orElse(null);
            if (current == null) {
                LOG.warnf("Settings of unknown accountId=%s ignored; AccountPaired brings them again", changed.accountId());
                return;
            }
            changes.accountChanged(view(current.accountId(), current.platform(), current.status(),
                    current.zoomAccountId(), changed.options()), null);
        } else if (data instanceof AccountUnpaired unpaired) {
            changeStatus(unpaired.accountId(), platform, "UNPAIRED", unpaired.reason().name());
        } else if (data instanceof AccountSuperseded superseded) {
            changeStatus(superseded.accountId(), platform, "SUPERSEDED", "SUPERSEDED");
        } else if (data instanceof HostPaired paired) {
            changes.hostChanged(new HostView(paired.hostId(), paired.accountId(), paired.lmsUserId(), paired.email(),
                    paired.zoomUserId(), true, paired.webinarCapable()));
        } else if (data instanceof HostUnpaired unpaired) {
            changes.hostChanged(new HostView(unpaired.hostId(), unpaired.accountId(), unpaired.lmsUserId(),
                    unpaired.email(), unpaired.zoomUserId(), false, unpaired.webinarCapable()));
        }
    }

    private void changeStatus(java.util.UUID accountId, String platform, String status, String reason) {
        AccountView current = accounts.find(accountId).orElse(null);
        AccountView changed = current == null
                ? view(accountId, platform, status, null, AccountOptions.defaults())
                : new AccountView(current.accountId(), current.platform(), status, current.zoomAccountId(),
                current.maxSessionsPerCourse(), current.maxSessionsPerAccount(), current.maxConcurrentRooms(),
                current.mandatoryRegistration(), current.mandatoryAuthentication(), current.authenticationOption(),
                current.enabledTemplateIds(), current.defaultTemplateId());
        changes.accountChanged(changed, reason);
    }

    private static AccountView view(java.util.UUID accountId, String platform, String status, String zoomAccountId,
                                    AccountOptions options) {
        AccountOptions o = options == null ? AccountOptions.defaults() : options;
        return new AccountView(accountId, platform, status, zoomAccountId, o.maxSessionsPerCourse(),
                o.maxSessionsPerAccount(), o.maxConcurrentRooms(), o.mandatoryRegistration(),
                o.mandatoryAuthentication(), o.authenticationOption(), o.enabledTemplateIds(), o.defaultTemplateId());
    }
}
