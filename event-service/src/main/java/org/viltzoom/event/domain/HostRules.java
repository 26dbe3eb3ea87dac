package org.viltzoom.event.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The rules on the account, the host and the alternative hosts of a training event. */
final class HostRules {

    /** Zoom's limit on alternative hosts per meeting. */
    static final int MAX_ALTERNATIVE_HOSTS = 200;

    private HostRules() {
    }

    static void checkAccount(EventDetails details, AccountView account, List<RuleViolation> violations) {
        if (details.accountId() == null) {
            violations.add(new RuleViolation("accountId", "account-missing",
                    "accountId is missing; give the id of a paired account."));
        } else if (account == null) {
            violations.add(new RuleViolation("accountId", "account-unknown",
                    "Account " + details.accountId() + " is not known; pair it in account-service first."));
        } else if (!account.isPaired()) {
            violations.add(new RuleViolation("accountId", "account-not-paired",
                    "Account " + details.accountId() + " is " + account.status() + "; pair it with Zoom again."));
        }
    }

    static void checkHost(EventDetails details, HostView host, List<RuleViolation> violations) {
        if (host == null || !host.accountId().equals(details.accountId())) {
            violations.add(new RuleViolation("hostId", "host-unknown",
                    "Host " + details.hostId() + " is not a host of account " + details.accountId() + "."));
            return;
        }
        if (!host.paired()) {
            violations.add(new RuleViolation("hostId", "host-not-paired",
                    "Host " + host.email() + " is not paired with a Zoom user; resync the host first."));
        }
        if (details.kind() == EventKind.WEBINAR && !host.webinarCapable()) {
            violations.add(new RuleViolation("hostId", "host-not-webinar-capable",
                    "Host " + host.email() + " has no Zoom webinar licence; choose a meeting or another host."));
        }
        if (!details.instructorLmsUserIds().contains(host.lmsUserId())) {
            violations.add(new RuleViolation("instructorLmsUserIds", "host-not-instructor",
                    "Host " + host.email() + " (LMS user " + host.lmsUserId() + ") must be one of the instructors."));
        }
    }

    static void checkAlternativeHosts(EventDetails details, ValidationContext context, List<RuleViolation> violations) {
        List<String> emails = details.alternativeHosts();
        if (emails.size() > MAX_ALTERNATIVE_HOSTS) {
            violations.add(new RuleViolation("alternativeHosts", "too-many-alternative-hosts",
                    "At most " + MAX_ALTERNATIVE_HOSTS + " alternative hosts are allowed, got " + emails.size() + "."));
        }
        String hostEmail = context.host() == null || context.host().email() == null ? null
                : context.host().email().toLowerCase(Locale.ROOT);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < emails.size(); i++) {
            String field = "alternativeHosts[" + i + "]";
            String email = emails.get(i) == null ? "" : emails.get(i).trim().toLowerCase(Locale.ROOT);
            if (!seen.add(email)) {
                violations.add(new RuleViolation(field, "duplicate-alternative-host",
                        "Alternative host " + emails.get(i) + " is listed twice."));
                continue;
            }
            if (email.equals(hostEmail)) {
                violations.add(new RuleViolation(field, "alternative-host-is-host",
                        "Alternative host " + emails.get(i) + " is the host; remove it from the alternative hosts."));
                continue;
            }
            HostView candidate = context.hostsByEmail().get(email);
            if (candidate == null || !candidate.paired() || !candidate.accountId().equals(details.accountId())) {
                violations.add(new RuleViolation(field, "alternative-host-not-paired",
                        "Alternative host " + emails.get(i) + " is not a paired host of this account."));
            }
        }
    }
}
