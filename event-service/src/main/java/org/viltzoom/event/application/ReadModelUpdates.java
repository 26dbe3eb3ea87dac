package org.viltzoom.event.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.viltzoom.event.application.port.in.ApplyAccountAndHostChanges;
import org.viltzoom.event.application.port.out.AccountViews;
import org.viltzoom.event.application.port.out.DomainEvents;
import org.viltzoom.event.application.port.out.HostViews;
import org.viltzoom.event.application.port.out.TrainingEventRepository;
import org.viltzoom.event.domain.AccountView;
import org.viltzoom.event.domain.EventStatus;
import org.viltzoom.event.domain.HostView;
import org.viltzoom.event.domain.TrainingEvent;
import org.viltzoom.kernel.domain.PlatformId;
import org.viltzoom.kernel.event.trainingevent.TrainingEventInvalidated;

/** Runs inside the inbox transaction of the consumer that received the change. */
@ApplicationScoped
class ReadModelUpdates implements ApplyAccountAndHostChanges {

    private static final Logger LOG = Logger.getLogger(ReadModelUpdates.class);

    @Inject
    AccountViews accounts;

    @Inject
    HostViews hosts;

    @Inject
    TrainingEventRepository events;

    @Inject
    DomainEvents domainEvents;

    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void accountChanged(AccountView account, String reason) {
        accounts.save(account);
        if (account.isPaired()) {
            return;
        }
        Instant now = clock.instant();
        TrainingEventInvalidated.Reason why = "SUPERSEDED".equals(account.status())
                ? TrainingEventInvalidated.Reason.ACCOUNT_SUPERSEDED : TrainingEventInvalidated.Reason.ACCOUNT_UNPAIRED;
        for (UUID id : events.findFutureOfAccount(account.accountId(), now)) {
            TrainingEvent event = events.findForUpdate(id).orElseThrow();
            if (event.status() != EventStatus.SCHEDULED) {
                continue;
            }
            event.invalidate();
            events.save(event);
            domainEvents.publish(new PlatformId(event.platform()),
                    new TrainingEventInvalidated(id, account.accountId(), why, now));
            LOG.infof("Invalidated training event trainingEventId=%s accountId=%s reason=%s", id, account.accountId(), why);
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void hostChanged(HostView host) {
        hosts.save(host);
        if (host.paired()) {
            return;
        }
        for (UUID id : events.findFutureOfHost(host.hostId(), clock.instant())) {
            TrainingEvent event = events.findForUpdate(id).orElseThrow();
            event.flagHost();
            events.save(event);
            LOG.infof("Flagged training event trainingEventId=%s: host hostId=%s is not paired", id, host.hostId());
        }
    }
}
