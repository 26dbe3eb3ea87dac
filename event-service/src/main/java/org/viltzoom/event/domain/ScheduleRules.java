package org.viltzoom.event.domain;

import java.time.Instant;
import java.util.List;

/** The rules on the times of a training event. */
final class ScheduleRules {

    private ScheduleRules() {
    }

    static void check(EventTimes times, Instant now, List<RuleViolation> violations) {
        if (times == null || times.date() == null || times.start() == null || times.end() == null) {
            violations.add(new RuleViolation("times", "missing", "Date, start time and end time are required."));
            return;
        }
        if (!times.hasValidTimeZone()) {
            violations.add(new RuleViolation("times.timeZone", "unknown-time-zone",
                    "Time zone " + times.timeZone() + " is not an IANA time zone id such as Europe/Berlin."));
            return;
        }
        if (!times.end().isAfter(times.start()) || !times.endInstant().isAfter(times.startInstant())) {
            violations.add(new RuleViolation("times.end", "end-not-after-start",
                    "End " + times.end() + " must be after start " + times.start() + "."));
            return;
        }
        checkBreak(times, violations);
        if (times.startInstant().isBefore(now)) {
            violations.add(new RuleViolation("times.start", "in-the-past",
                    "The event starts at " + times.startInstant() + ", which is in the past; choose a later time."));
        }
    }

    private static void checkBreak(EventTimes times, List<RuleViolation> violations) {
        if (!times.hasBreak()) {
            return;
        }
        if (times.breakStart() == null || times.breakEnd() == null) {
            violations.add(new RuleViolation("times.breakStart", "break-incomplete",
                    "A break needs both a start and an end time."));
            return;
        }
        boolean inside = !times.breakStart().isBefore(times.start())
                && times.breakEnd().isAfter(times.breakStart())
                && !times.breakEnd().isAfter(times.end());
        if (!inside) {
            violations.add(new RuleViolation("times.breakStart", "break-outside-event",
                    "The break " + times.breakStart() + "-" + times.breakEnd() + " must lie inside the event "
                            + times.start() + "-" + times.end() + " and end after it starts."));
        }
    }
}
