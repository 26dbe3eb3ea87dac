package org.viltzoom.event.application;

import java.time.LocalDateTime;
import org.viltzoom.event.application.port.out.MeetingRequest;
import org.viltzoom.event.domain.AccountView;
import org.viltzoom.event.domain.EventDetails;
import org.viltzoom.event.domain.EventKind;
import org.viltzoom.event.domain.HostView;

/** Builds the Zoom request for an event; the event's own settings win over the account's defaults. */
final class MeetingRequests {

    private MeetingRequests() {
    }

    static MeetingRequest of(EventDetails details, AccountView account, HostView host) {
        boolean registration = details.registrationRequired() != null
                ? details.registrationRequired() : account.mandatoryRegistration();
        boolean authentication = details.authenticationRequired() != null
                ? details.authenticationRequired() : account.mandatoryAuthentication();
        // The account's default is a meeting template; webinars use only a template the event names.
        String template = details.templateId() != null || details.kind() == EventKind.WEBINAR
                ? details.templateId() : account.defaultTemplateId();
        return new MeetingRequest(
                details.kind(),
                host.zoomUserId(),
                details.name(),
                details.description(),
                LocalDateTime.of(details.times().date(), details.times().start()),
                details.times().timeZone(),
                details.times().spanMinutes(),
                template,
                details.alternativeHosts(),
                registration,
                authentication,
                authentication ? account.authenticationOption() : null,
                details.passcode());
    }
}
