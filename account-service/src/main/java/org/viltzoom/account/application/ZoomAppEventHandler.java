package org.viltzoom.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.viltzoom.account.application.port.in.HandleZoomAppEvents;
import org.viltzoom.account.application.port.out.AccountRepository;
import org.viltzoom.account.application.port.out.CredentialsRepository;
import org.viltzoom.account.application.port.out.DomainEvents;
import org.viltzoom.account.domain.Account;
import org.viltzoom.account.domain.UnpairReason;

@ApplicationScoped
public class ZoomAppEventHandler implements HandleZoomAppEvents {

    private static final Logger LOG = Logger.getLogger(ZoomAppEventHandler.class);

    @Inject
    AccountRepository accounts;

    @Inject
    CredentialsRepository credentials;

    @Inject
    DomainEvents events;

    @Inject
    Clock clock;

    /** Runs in the inbox transaction; reporting data lives in other services and is untouched. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void appDeauthorized(String zoomAccountId, String zoomAppClientId) {
        Optional<Account> paired = accounts.findPairedByZoomAccount(zoomAccountId)
                .filter(account -> account.pairing().orElseThrow().zoomAppClientId().equals(zoomAppClientId));
        if (paired.isEmpty()) {
            LOG.infof("Ignored app_deauthorized for zoomAccountId=%s app=%s: no account is paired through it",
                    zoomAccountId, zoomAppClientId);
            return;
        }

        Account account = accounts.findForUpdate(paired.get().id()).orElseThrow();
        account.unpair(UnpairReason.APP_REMOVED, clock.instant());
        accounts.save(account);
        credentials.delete(account.id());
        events.publish(account.platform(), AccountEventFactory.unpaired(account, clock.instant()));
        LOG.infof("Unpaired accountId=%s platform=%s: the Zoom app was removed from Zoom account %s",
                account.id(), account.platform(), zoomAccountId);
    }
}
