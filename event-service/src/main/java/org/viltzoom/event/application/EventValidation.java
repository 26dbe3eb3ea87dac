package org.viltzoom.event.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.viltzoom.event.application.exception.ValidationFailedException;
import org.viltzoom.event.application.port.out.AccountViews;
import org.viltzoom.event.application.port.out.HostViews;
import org.viltzoom.event.application.port.out.TrainingEventRepository;
import org.viltzoom.event.application.port.out.ZoomMeetings;
import org.viltzoom.event.domain.AccountView;
import org.viltzoom.event.domain.EventDetails;
import org.viltzoom.event.domain.HostView;
import org.viltzoom.event.domain.PasscodePolicy;
import org.viltzoom.event.domain.RuleViolation;
import org.viltzoom.event.domain.TrainingEventRules;
import org.viltzoom.event.domain.ValidationContext;

/** Gathers the facts for the rules of a training event and rejects an event that breaks any. */
@ApplicationScoped
class EventValidation {

    @Inject
    AccountViews accounts;

    @Inject
    HostViews hosts;

    @Inject
    TrainingEventRepository events;

    @Inject
    ZoomMeetings zoom;

    @Inject
    Clock clock;

    /**
     * Checks every rule. The host's passcode policy is read from Zoom only when the event has a
     * passcode and the host is paired; nothing is written to Zoom.
     *
     * @param eventId the event being edited, which does not count against its own limits; null on create
     * @throws ValidationFailedException with every broken rule
     */
    void check(EventDetails details, UUID eventId) {
        AccountView account = details.accountId() == null ? null : accounts.find(details.accountId()).orElse(null);
        HostView host = details.hostId() == null ? null : hosts.find(details.hostId()).orElse(null);

        Map<String, HostView> hostsByEmail = new HashMap<>();
        if (details.accountId() != null && !details.alternativeHosts().isEmpty()) {
            for (HostView candidate : hosts.findByEmails(details.accountId(), details.alternativeHosts())) {
                hostsByEmail.put(candidate.email().toLowerCase(Locale.ROOT), candidate);
            }
        }

        long inCourse = 0;
        long inAccount = 0;
        long overlapping = 0;
        if (account != null && details.times() != null && details.times().hasValidTimeZone()
                && details.times().start() != null && details.times().end() != null && details.times().date() != null) {
            inCourse = events.countActiveInCourse(account.accountId(), details.courseId(), eventId);
            inAccount = events.countActiveInAccount(account.accountId(), eventId);
            overlapping = events.countActiveOverlapping(account.accountId(), details.times().startInstant(),
                    details.times().endInstant(), eventId);
        }

        PasscodePolicy policy = null;
        boolean canAskZoom = account != null && account.isPaired() && host != null && host.paired();
        if (details.passcode() != null && canAskZoom) {
            policy = zoom.passcodePolicy(account.accountId(), host.zoomUserId());
        }

        ValidationContext context = new ValidationContext(clock.instant(), account, host, hostsByEmail, policy,
                inCourse, inAccount, overlapping);
        List<RuleViolation> violations = TrainingEventRules.check(details, context);
        if (!violations.isEmpty()) {
            throw new ValidationFailedException(violations);
        }
    }
}
