package org.viltzoom.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.viltzoom.account.application.exception.PairingRejectedException;
import org.viltzoom.account.application.port.in.BrokerZoomTokens;
import org.viltzoom.account.application.port.in.ManageTemplates;
import org.viltzoom.account.application.port.out.AccountRepository;
import org.viltzoom.account.application.port.out.DomainEvents;
import org.viltzoom.account.application.port.out.ZoomAccounts;
import org.viltzoom.account.domain.Account;
import org.viltzoom.account.domain.AccountRuleViolation;
import org.viltzoom.account.domain.TemplateSelection;
import org.viltzoom.account.domain.ZoomPairing;
import org.viltzoom.account.domain.ZoomTemplate;
import org.viltzoom.kernel.domain.AccountId;
import org.viltzoom.kernel.domain.PlatformId;

@ApplicationScoped
public class TemplateAdministration implements ManageTemplates {

    @Inject
    AccountAdministration administration;

    @Inject
    AccountRepository accounts;

    @Inject
    BrokerZoomTokens tokens;

    @Inject
    ZoomAccounts zoom;

    @Inject
    DomainEvents events;

    @Inject
    Clock clock;

    @Override
    public List<TemplateChoice> list(PlatformId platform, AccountId id) {
        Account account = QuarkusTransactions.call(() -> administration.load(platform, id));
        TemplateSelection selection = account.templates();

        return templatesInZoom(account).stream()
                .map(template -> new TemplateChoice(template.id(), template.name(), template.type(),
                        selection.enabledTemplateIds().contains(template.id()),
                        template.id().equals(selection.defaultTemplateId())))
                .toList();
    }

    @Override
    public Account select(PlatformId platform, AccountId id, long expectedVersion, Set<String> enabledTemplateIds,
                          String defaultTemplateId) {
        TemplateSelection selection = new TemplateSelection(enabledTemplateIds, defaultTemplateId);
        Account current = QuarkusTransactions.call(() -> administration.loadVersion(platform, id, expectedVersion));
        Set<String> inZoom = templatesInZoom(current).stream().map(ZoomTemplate::id).collect(Collectors.toSet());

        return QuarkusTransactions.call(() -> {
            Account account = administration.loadVersion(platform, id, expectedVersion);
            account.selectTemplates(selection, inZoom, clock.instant());
            accounts.save(account);
            events.publish(platform, AccountEventFactory.settingsChanged(account));
            return account;
        });
    }

    /** Templates belong to a Zoom user: the one who authorized an OAuth pairing. */
    private List<ZoomTemplate> templatesInZoom(Account account) {
        if (!account.isPaired()) {
            throw new AccountRuleViolation("account-not-paired", null,
                    "account " + account.id() + " is " + account.status() + "; pair it to list its Zoom templates");
        }
        ZoomPairing pairing = account.pairing().orElseThrow();
        if (pairing.authorizedByZoomUserId() == null) {
            // TODO: Server-to-Server pairings have no authorizing user; let the administrator name the template owner.
            throw new PairingRejectedException("templates-need-oauth-pairing",
                    "meeting templates belong to a Zoom user, and a Server-to-Server pairing has none; pair with OAuth to use templates");
        }

        BrokerZoomTokens.AccessToken token = tokens.accessToken(account.id(), null);
        return zoom.meetingTemplates(token.accessToken(), token.apiBaseUrl(), pairing.authorizedByZoomUserId());
    }
}
