package org.viltzoom.host.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.viltzoom.host.application.port.in.HandleZoomUserEvents;
import org.viltzoom.host.application.port.out.AccountViews;
import org.viltzoom.host.application.port.out.HostRepository;
import org.viltzoom.host.domain.AccountView;
import org.viltzoom.host.domain.Host;
import org.viltzoom.kernel.domain.AccountId;
import org.viltzoom.kernel.domain.EmailAddress;

/**
 * Applies Zoom's user notifications. A deactivation takes effect at once, because the
 * notification is all the evidence needed. Activations and updates only mark hosts due for a
 * check, because a notification does not carry everything pairing depends on (licence type,
 * status, webinar settings). The resync calls Zoom outside this transaction.
 */
@ApplicationScoped
public class ZoomUserEventHandling implements HandleZoomUserEvents {

    private static final Logger LOG = Logger.getLogger(ZoomUserEventHandling.class);

    @Inject
    AccountViews accounts;

    @Inject
    HostRepository hosts;

    @Inject
    HostEvents events;

    @Inject
    Clock clock;

    @Override
    public void deactivated(String zoomAccountId, String zoomUserId) {
        List<AccountId> accountIds = pairedAccounts(zoomAccountId);
        if (accountIds.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        for (Host host : hosts.findByZoomUserForUpdate(accountIds, zoomUserId)) {
            if (host.zoomUserDeactivated(now)) {
                events.publishState(host, now);
            }
            hosts.save(host);
        }
    }

    @Override
    public void activated(String zoomAccountId, String zoomUserId) {
        List<AccountId> accountIds = pairedAccounts(zoomAccountId);
        if (accountIds.isEmpty()) {
            return;
        }
        requestChecks(hosts.findByZoomUserForUpdate(accountIds, zoomUserId));
    }

    @Override
    public void updated(String zoomAccountId, String zoomUserId, EmailAddress newEmail, EmailAddress oldEmail) {
        List<AccountId> accountIds = pairedAccounts(zoomAccountId);
        if (accountIds.isEmpty()) {
            return;
        }
        Map<Object, Host> affected = new LinkedHashMap<>();
        hosts.findByZoomUserForUpdate(accountIds, zoomUserId).forEach(host -> affected.put(host.id(), host));
        for (EmailAddress email : new EmailAddress[] {newEmail, oldEmail}) {
            if (email != null) {
                hosts.findByEmailForUpdate(accountIds, email).forEach(host -> affected.putIfAbsent(host.id(), host));
            }
        }
        requestChecks(List.copyOf(affected.values()));
    }

    private void requestChecks(List<Host> affected) {
        Instant now = clock.instant();
        for (Host host : affected) {
            host.requestCheck(now);
            hosts.save(host);
            LOG.infof("Host check requested by a Zoom notification hostId=%s accountId=%s", host.id(), host.accountId());
        }
    }

    /** Notifications of Zoom accounts that no paired account uses are not ours to apply. */
    private List<AccountId> pairedAccounts(String zoomAccountId) {
        return accounts.findByZoomAccount(zoomAccountId).stream()
                .filter(AccountView::isPaired)
                .map(AccountView::accountId)
                .toList();
    }
}
