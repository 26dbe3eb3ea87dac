package org.viltzoom.event.domain;

import java.util.ArrayList;
import java.util.List;

/** Every rule a training event must meet before a Zoom meeting is created for it. */
public final class TrainingEventRules {

    private static final int MAX_NAME_LENGTH = 200;
    private static final int MAX_DESCRIPTION_LENGTH = 2000;

    private TrainingEventRules() {
    }

    /** Returns every broken rule; an empty list means the event may be scheduled. */
    public static List<RuleViolation> check(EventDetails details, ValidationContext context) {
        List<RuleViolation> violations = new ArrayList<>();
        checkRequired(details, violations);
        ScheduleRules.check(details.times(), context.now(), violations);
        HostRules.checkAccount(details, context.account(), violations);
        HostRules.checkHost(details, context.host(), violations);
        HostRules.checkAlternativeHosts(details, context, violations);
        if (context.account() != null) {
            AccountRules.checkTemplate(details, context.account(), violations);
            if (details.times() != null && violations.stream().noneMatch(v -> v.field().startsWith("times"))) {
                AccountRules.checkLimits(details, context, violations);
            }
        }
        AccountRules.checkPasscode(details, context.passcodePolicy(), violations);
        return violations;
    }

    private static void checkRequired(EventDetails details, List<RuleViolation> violations) {
        requireText("courseId", details.courseId(), violations);
        requireText("iltSessionId", details.iltSessionId(), violations);
        requireText("name", details.name(), violations);
        if (details.name() != null && details.name().length() > MAX_NAME_LENGTH) {
            violations.add(new RuleViolation("name", "too-long",
                    "The name has " + details.name().length() + " characters; Zoom allows " + MAX_NAME_LENGTH + "."));
        }
        if (details.description() != null && details.description().length() > MAX_DESCRIPTION_LENGTH) {
            violations.add(new RuleViolation("description", "too-long", "The description has "
                    + details.description().length() + " characters; Zoom allows " + MAX_DESCRIPTION_LENGTH + "."));
        }
        if (details.kind() == null) {
            violations.add(new RuleViolation("kind", "missing", "Kind is required: MEETING or WEBINAR."));
        }
        if (details.joinButtonLeadMinutes() < 0 || details.joinButtonLeadMinutes() > 1440) {
            violations.add(new RuleViolation("joinButtonLeadMinutes", "out-of-range",
                    "The join button lead time must be 0 to 1440 minutes, was " + details.joinButtonLeadMinutes() + "."));
        }
        AttendanceRequirement attendance = details.attendance();
        if (attendance.mode() == AttendanceRequirement.Mode.PERCENTAGE
                && (attendance.percentage() == null || attendance.percentage() < 1 || attendance.percentage() > 100)) {
            violations.add(new RuleViolation("attendance.percentage", "out-of-range",
                    "The attendance percentage must be 1 to 100, was " + attendance.percentage() + "."));
        }
    }

    private static void requireText(String field, String value, List<RuleViolation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new RuleViolation(field, "missing", field + " is required."));
        }
    }
}
