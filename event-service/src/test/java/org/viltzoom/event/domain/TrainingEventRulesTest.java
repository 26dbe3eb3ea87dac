package org.viltzoom.event.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.viltzoom.event.domain.EventFixtures.ACCOUNT;
import static org.viltzoom.event.domain.EventFixtures.ACCOUNT_VIEW;
import static org.viltzoom.event.domain.EventFixtures.HOST;
import static org.viltzoom.event.domain.EventFixtures.context;
import static org.viltzoom.event.domain.EventFixtures.details;
import static org.viltzoom.event.domain.EventFixtures.times;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TrainingEventRulesTest {

    private record Case(EventDetails details, ValidationContext context) {
    }

    @Test
    void validEventPasses() {
        assertThat(TrainingEventRules.check(details(), context())).isEmpty();
    }

    static Stream<Arguments> brokenEvents() {
        EventDetails valid = details();
        ValidationContext ok = context();
        return Stream.of(
                Arguments.of("end before start", new Case(details(times("2026-05-05", "12:00", "10:00", "Europe/Berlin")), ok),
                        "times.end", "end-not-after-start"),
                Arguments.of("break outside", new Case(details(new EventTimes(valid.times().date(), LocalTime.of(10, 0),
                        LocalTime.of(12, 0), LocalTime.of(11, 30), LocalTime.of(12, 30), "Europe/Berlin")), ok),
                        "times.breakStart", "break-outside-event"),
                Arguments.of("break without end", new Case(details(new EventTimes(valid.times().date(), LocalTime.of(10, 0),
                        LocalTime.of(12, 0), LocalTime.of(11, 0), null, "Europe/Berlin")), ok),
                        "times.breakStart", "break-incomplete"),
                Arguments.of("unknown zone", new Case(details(times("2026-05-05", "10:00", "12:00", "Europe/Atlantis")), ok),
                        "times.timeZone", "unknown-time-zone"),
                Arguments.of("offset as zone", new Case(details(times("2026-05-05", "10:00", "12:00", "+02:00")), ok),
                        "times.timeZone", "unknown-time-zone"),
                Arguments.of("in the past", new Case(details(times("2026-04-30", "10:00", "12:00", "Europe/Berlin")), ok),
                        "times.start", "in-the-past"),
                Arguments.of("account unknown", new Case(valid, with(ok, c -> new ValidationContext(c.now(), null,
                        c.host(), c.hostsByEmail(), c.passcodePolicy(), 0, 0, 0))), "accountId", "account-unknown"),
                Arguments.of("account unpaired", new Case(valid, with(ok, c -> new ValidationContext(c.now(),
                        account("UNPAIRED", 5, 10, 2), c.host(), c.hostsByEmail(), c.passcodePolicy(), 0, 0, 0))),
                        "accountId", "account-not-paired"),
                Arguments.of("host unknown", new Case(valid, with(ok, c -> new ValidationContext(c.now(), c.account(),
                        null, c.hostsByEmail(), c.passcodePolicy(), 0, 0, 0))), "hostId", "host-unknown"),
                Arguments.of("host of another account", new Case(valid, with(ok, c -> new ValidationContext(c.now(),
                        c.account(), host(UUID.randomUUID(), true, false), c.hostsByEmail(), c.passcodePolicy(), 0, 0, 0))),
                        "hostId", "host-unknown"),
                Arguments.of("host not paired", new Case(valid, with(ok, c -> new ValidationContext(c.now(), c.account(),
                        host(ACCOUNT, false, false), c.hostsByEmail(), c.passcodePolicy(), 0, 0, 0))),
                        "hostId", "host-not-paired"),
                Arguments.of("webinar without licence", new Case(kind(valid, EventKind.WEBINAR), ok),
                        "hostId", "host-not-webinar-capable"),
                Arguments.of("host not instructor", new Case(instructors(valid, List.of("lms-other")), ok),
                        "instructorLmsUserIds", "host-not-instructor"),
                Arguments.of("alternative host twice", new Case(alternatives(valid, List.of("alt@example.com",
                        "ALT@example.com")), ok), "alternativeHosts[1]", "duplicate-alternative-host"),
                Arguments.of("alternative host is host", new Case(alternatives(valid, List.of("Host@Example.com")), ok),
                        "alternativeHosts[0]", "alternative-host-is-host"),
                Arguments.of("alternative host unknown", new Case(alternatives(valid, List.of("nobody@example.com")), ok),
                        "alternativeHosts[0]", "alternative-host-not-paired"),
                Arguments.of("template not enabled", new Case(template(valid, "tpl-9"), ok),
                        "templateId", "template-not-enabled"),
                Arguments.of("sessions per course", new Case(valid, counts(ok, 5, 0, 0)),
                        "courseId", "sessions-per-course-limit"),
                Arguments.of("sessions per account", new Case(valid, counts(ok, 0, 10, 0)),
                        "accountId", "sessions-per-account-limit"),
                Arguments.of("concurrent rooms", new Case(valid, counts(ok, 0, 0, 2)),
                        "times.start", "concurrent-rooms-limit"),
                Arguments.of("passcode against policy", new Case(passcode(valid, "123456"), policy(ok)),
                        "passcode", "passcode-policy"),
                Arguments.of("passcode with a space", new Case(passcode(valid, "abc 1234"), ok),
                        "passcode", "passcode-policy"),
                Arguments.of("name missing", new Case(name(valid, " "), ok), "name", "missing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenEvents")
    void brokenRuleIsFieldError(String name, Case broken, String field, String code) {
        List<RuleViolation> violations = TrainingEventRules.check(broken.details(), broken.context());

        assertThat(violations).extracting(RuleViolation::field).contains(field);
        assertThat(violations).extracting(RuleViolation::code).contains(code);
    }

    @Test
    void limitAtBoundaryPasses() {
        assertThat(TrainingEventRules.check(details(), counts(context(), 4, 9, 1))).isEmpty();
    }

    @Test
    void twoHundredAlternativeHostsPass() {
        List<String> emails = EventFixtures.alternativeHostEmails(200);
        assertThat(TrainingEventRules.check(alternatives(details(), emails), knowing(emails)))
                .extracting(RuleViolation::code).doesNotContain("too-many-alternative-hosts");
    }

    @Test
    void twoHundredFirstAlternativeHostFails() {
        List<String> emails = EventFixtures.alternativeHostEmails(201);
        List<RuleViolation> violations = TrainingEventRules.check(alternatives(details(), emails), knowing(emails));

        assertThat(violations).extracting(RuleViolation::code).containsExactly("too-many-alternative-hosts");
        assertThat(violations.get(0).field()).isEqualTo("alternativeHosts");
    }

    @Test
    void passcodeMessageNamesPolicy() {
        List<RuleViolation> violations = TrainingEventRules.check(passcode(details(), "123456"), policy(context()));

        assertThat(violations).singleElement().satisfies(violation ->
                assertThat(violation.message()).contains("at least 8 characters", "a letter"));
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        EventDetails broken = instructors(alternatives(template(details(), "tpl-9"), List.of("host@example.com")),
                List.of());
        assertThat(TrainingEventRules.check(broken, context())).hasSize(3);
    }

    private static ValidationContext knowing(List<String> emails) {
        Map<String, HostView> hosts = new HashMap<>();
        for (String email : emails) {
            hosts.put(email, new HostView(UUID.randomUUID(), ACCOUNT, "lms-" + email, email, "u-" + email, true, false));
        }
        ValidationContext c = context();
        return new ValidationContext(c.now(), c.account(), c.host(), hosts, c.passcodePolicy(), 0, 0, 0);
    }

    private static ValidationContext with(ValidationContext context, UnaryOperator<ValidationContext> change) {
        return change.apply(context);
    }

    private static ValidationContext counts(ValidationContext c, long course, long account, long overlapping) {
        return new ValidationContext(c.now(), c.account(), c.host(), c.hostsByEmail(), c.passcodePolicy(), course,
                account, overlapping);
    }

    private static ValidationContext policy(ValidationContext c) {
        return new ValidationContext(c.now(), c.account(), c.host(), c.hostsByEmail(),
                new PasscodePolicy(8, true, true, false, false, false, 0), 0, 0, 0);
    }

    private static AccountView account(String status, Integer course, Integer account, Integer rooms) {
        return new AccountView(ACCOUNT, "production", status, "zacc", course, account, rooms, false, false, null,
                ACCOUNT_VIEW.enabledTemplateIds(), null);
    }

    private static HostView host(UUID accountId, boolean paired, boolean webinar) {
        return new HostView(HOST.hostId(), accountId, HOST.lmsUserId(), HOST.email(), HOST.zoomUserId(), paired, webinar);
    }

    private static EventDetails kind(EventDetails d, EventKind kind) {
        return new EventDetails(d.courseId(), d.iltSessionId(), d.name(), d.description(), kind, d.times(), d.accountId(),
                d.hostId(), d.templateId(), d.alternativeHosts(), d.instructorLmsUserIds(), d.attendance(),
                d.joinButtonLeadMinutes(), d.registrationRequired(), d.authenticationRequired(), d.passcode());
    }

    private static EventDetails instructors(EventDetails d, List<String> instructors) {
        return new EventDetails(d.courseId(), d.iltSessionId(), d.name(), d.description(), d.kind(), d.times(),
                d.accountId(), d.hostId(), d.templateId(), d.alternativeHosts(), instructors, d.attendance(),
                d.joinButtonLeadMinutes(), d.registrationRequired(), d.authenticationRequired(), d.passcode());
    }

    private static EventDetails alternatives(EventDetails d, List<String> alternatives) {
        return new EventDetails(d.courseId(), d.iltSessionId(), d.name(), d.description(), d.kind(), d.times(),
                d.accountId(), d.hostId(), d.templateId(), alternatives, d.instructorLmsUserIds(), d.attendance(),
                d.joinButtonLeadMinutes(), d.registrationRequired(), d.authenticationRequired(), d.passcode());
    }

    private static EventDetails template(EventDetails d, String template) {
        return new EventDetails(d.courseId(), d.iltSessionId(), d.name(), d.description(), d.kind(), d.times(),
                d.accountId(), d.hostId(), template, d.alternativeHosts(), d.instructorLmsUserIds(), d.attendance(),
                d.joinButtonLeadMinutes(), d.registrationRequired(), d.authenticationRequired(), d.passcode());
    }

    private static EventDetails passcode(EventDetails d, String passcode) {
        return new EventDetails(d.courseId(), d.iltSessionId(), d.name(), d.description(), d.kind(), d.times(),
                d.accountId(), d.hostId(), d.templateId(), d.alternativeHosts(), d.instructorLmsUserIds(), d.attendance(),
                d.joinButtonLeadMinutes(), d.registrationRequired(), d.authenticationRequired(), passcode);
    }

    private static EventDetails name(EventDetails d, String name) {
        return new EventDetails(d.courseId(), d.iltSessionId(), name, d.description(), d.kind(), d.times(),
                d.accountId(), d.hostId(), d.templateId(), d.alternativeHosts(), d.instructorLmsUserIds(), d.attendance(),
                d.joinButtonLeadMinutes(), d.registrationRequired(), d.authenticationRequired(), d.passcode());
    }

}
