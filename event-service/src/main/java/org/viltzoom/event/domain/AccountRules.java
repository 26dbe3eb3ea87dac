package org.viltzoom.event.domain;

import java.util.List;

/** The account's template choice, its three limits and the passcode policy. */
final class AccountRules {

    private AccountRules() {
    }

    static void checkTemplate(EventDetails details, AccountView account, List<RuleViolation> violations) {
        if (details.templateId() != null && !account.enabledTemplateIds().contains(details.templateId())) {
            violations.add(new RuleViolation("templateId", "template-not-enabled",
                    "Template " + details.templateId() + " is not enabled for this account; enabled: "
                            + account.enabledTemplateIds() + "."));
        }
    }

    static void checkLimits(EventDetails details, ValidationContext context, List<RuleViolation> violations) {
        AccountView account = context.account();
        if (exceeds(account.maxSessionsPerCourse(), context.otherSessionsInCourse())) {
            violations.add(new RuleViolation("courseId", "sessions-per-course-limit",
                    "Course " + details.courseId() + " already has " + context.otherSessionsInCourse()
                            + " sessions; the account allows " + account.maxSessionsPerCourse() + "."));
        }
        if (exceeds(account.maxSessionsPerAccount(), context.otherSessionsInAccount())) {
            violations.add(new RuleViolation("accountId", "sessions-per-account-limit",
                    "The account already has " + context.otherSessionsInAccount() + " sessions; it allows "
                            + account.maxSessionsPerAccount() + "."));
        }
        if (exceeds(account.maxConcurrentRooms(), context.otherOverlappingEvents())) {
            violations.add(new RuleViolation("times.start", "concurrent-rooms-limit",
                    "With this event, " + (context.otherOverlappingEvents() + 1) + " events of the account overlap; it allows "
                            + account.maxConcurrentRooms() + " concurrent rooms."));
        }
    }

    static void checkPasscode(EventDetails details, PasscodePolicy policy, List<RuleViolation> violations) {
        if (details.passcode() == null || policy == null) {
            return;
        }
        List<String> problems = policy.violations(details.passcode());
        if (!problems.isEmpty()) {
            violations.add(new RuleViolation("passcode", "passcode-policy",
                    "The passcode " + String.join(" and ", problems) + "; the host's Zoom policy requires "
                            + policy.describe() + "."));
        }
    }

    /** This event counts too, so {@code others + 1} must stay within the limit. */
    private static boolean exceeds(Integer limit, long others) {
        return limit != null && others + 1 > limit;
    }
}
