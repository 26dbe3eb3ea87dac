package org.viltzoom.event.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test data: a valid event and the context it passes in, for tests to change one fact at a time. */
final class EventFixtures {

    static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");
    static final UUID ACCOUNT = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final HostView HOST = new HostView(UUID.fromString("00000000-0000-0000-0000-0000000000b1"), ACCOUNT,
            "lms-host", "host@example.com", "u-host", true, false);
    static final HostView ALTERNATIVE = new HostView(UUID.fromString("00000000-0000-0000-0000-0000000000b2"), ACCOUNT,
            "lms-alt", "alt@example.com", "u-alt", true, false);
    static final AccountView ACCOUNT_VIEW = new AccountView(ACCOUNT, "production", AccountView.PAIRED, "zacc", 5, 10, 2,
            false, false, null, List.of("tpl-1"), "tpl-1");

    private EventFixtures() {
    }

    static EventTimes times(String date, String start, String end, String zone) {
        return new EventTimes(LocalDate.parse(date), LocalTime.parse(start), LocalTime.parse(end), null, null, zone);
    }

    static EventDetails details() {
        return details(times("2026-05-05", "10:00", "12:00", "Europe/Berlin"));
    }

    static EventDetails details(EventTimes times) {
        return new EventDetails("course-1", "session-1", "Onboarding", null, EventKind.MEETING, times, ACCOUNT,
                HOST.hostId(), "tpl-1", List.of("alt@example.com"), List.of("lms-host"), AttendanceRequirement.onJoin(),
                15, null, null, null);
    }

    static ValidationContext context() {
        return new ValidationContext(NOW, ACCOUNT_VIEW, HOST, Map.of("alt@example.com", ALTERNATIVE),
                PasscodePolicy.none(), 0, 0, 0);
    }

    static List<String> alternativeHostEmails(int count) {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            emails.add("alt" + i + "@example.com");
        }
        return emails;
    }
}
