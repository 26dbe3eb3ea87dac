package org.viltzoom.event.domain;

import java.time.Instant;
import java.util.Map;

/**
 * The facts the rules of a training event are checked against, gathered before any Zoom call.
 *
 * @param account null when the account is unknown to this service
 * @param host null when the host is unknown to this service
 * @param hostsByEmail the account's known hosts keyed by lower-case email, for alternative hosts
 * @param passcodePolicy the host's Zoom passcode policy, or null when the host could not be asked
 * @param otherSessionsInCourse events of the course other than this one that are not cancelled
 * @param otherSessionsInAccount events of the account other than this one that are not cancelled
 * @param otherOverlappingEvents events of the account other than this one whose times overlap
 */
public record ValidationContext(
        Instant now,
        AccountView account,
        HostView host,
        Map<String, HostView> hostsByEmail,
        PasscodePolicy passcodePolicy,
        long otherSessionsInCourse,
        long otherSessionsInAccount,
        long otherOverlappingEvents) {

    public ValidationContext {
        hostsByEmail = hostsByEmail == null ? Map.of() : Map.copyOf(hostsByEmail);
    }
}
