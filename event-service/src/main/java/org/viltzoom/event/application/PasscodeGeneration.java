package org.viltzoom.event.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;
import org.viltzoom.event.application.exception.ValidationFailedException;
import org.viltzoom.event.application.port.in.GeneratePasscodes;
import org.viltzoom.event.application.port.out.AccountViews;
import org.viltzoom.event.application.port.out.HostViews;
import org.viltzoom.event.application.port.out.ZoomMeetings;
import org.viltzoom.event.domain.AccountView;
import org.viltzoom.event.domain.HostView;
import org.viltzoom.event.domain.RuleViolation;

@ApplicationScoped
class PasscodeGeneration implements GeneratePasscodes {

    private final SecureRandom random = new SecureRandom();

    @Inject
    AccountViews accounts;

    @Inject
    HostViews hosts;

    @Inject
    ZoomMeetings zoom;

    @Override
    public String generate(String platform, UUID accountId, UUID hostId) {
        AccountView account = accounts.find(accountId).filter(found -> platform.equals(found.platform()))
                .filter(AccountView::isPaired)
                .orElseThrow(() -> new ValidationFailedException(List.of(new RuleViolation("accountId",
                        "account-not-paired", "Account " + accountId + " is not a paired account of this platform."))));
        HostView host = hosts.find(hostId).filter(found -> found.accountId().equals(accountId)).filter(HostView::paired)
                .orElseThrow(() -> new ValidationFailedException(List.of(new RuleViolation("hostId",
                        "host-not-paired", "Host " + hostId + " is not a paired host of account " + accountId + "."))));
        return zoom.passcodePolicy(account.accountId(), host.zoomUserId()).generate(random);
    }
}
