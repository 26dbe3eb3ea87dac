package org.viltzoom.attendance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.viltzoom.kernel.domain.EmailAddress;

/** Identity, credit and status on the failures that Zoom integrations have met in practice. */
class AttendanceCalculationTest {

    private static final Hosts NO_HOSTS = new Hosts(Set.of(), Set.of());

    private static Instant at(String time) {
        return Instant.parse("2026-03-10T" + time + "Z");
    }

    private static EnrolledLearner learner(String lmsUserId, String email) {
        return new EnrolledLearner(lmsUserId, EmailAddress.ofNullable(email), null, null);
    }

    private static ParticipantConnection connection(String id, String uuid, String join, String leave, String email,
                                                    String zoomUserId, String registrantId, String name) {
        return new ParticipantConnection(id, uuid, at(join), leave == null ? null : at(leave), registrantId, null,
                EmailAddress.ofNullable(email), zoomUserId, name);
    }

    private static LearnerResult resultOf(AttendanceResult result, String lmsUserId) {
        return result.learners().stream().filter(r -> r.lmsUserId().equals(lmsUserId)).findFirst().orElseThrow();
    }

    /** A retried leave arrives after the rejoin; the connection ids keep the two apart. */
    @Test
    void retriedLeaveAfterRejoinStillCreditsBoth() {
        MeetingInstance instance = new MeetingInstance("instA1==", at("14:00:00"), at("15:00:00"));
        AttendanceCalculation calculation = new AttendanceCalculation(List.of(instance),
                List.of(learner("U-1", "learner1@example.com")), NO_HOSTS, AttendanceThreshold.atPercentage(80));

        AttendanceResult result = calculation.compute(List.of(
                connection("P-1", "instA1==", "14:05:00", "14:20:00", "learner1@example.com", null, null, "Lee"),
                connection("P-2", "instA1==", "14:22:00", "15:00:00", "learner1@example.com", null, null, "Lee")));

        LearnerResult learner = resultOf(result, "U-1");
        assertThat(learner.attended()).isEqualTo(Duration.ofMinutes(53));
        assertThat(learner.percentage()).isBetween(88.3, 88.4);
        assertThat(learner.status()).isEqualTo(AttendanceStatus.ATTENDED);
        assertThat(learner.joins()).isEqualTo(2);
    }

    /** Every rejoin brings new ids; the registrant id issued to the learner identifies both. */
    @Test
    void registrantIdJoinsConnectionsOfOneLearner() {
        MeetingInstance instance = new MeetingInstance("instA2==", at("09:00:00"), at("10:00:00"));
        EnrolledLearner registered = new EnrolledLearner("U-201", EmailAddress.of("learner3@example.com"), "REG-77", null);
        AttendanceCalculation calculation = new AttendanceCalculation(List.of(instance), List.of(registered),
                NO_HOSTS, AttendanceThreshold.atPercentage(80));

        AttendanceResult result = calculation.compute(List.of(
                connection("PU-a", "instA2==", "09:00:00", "09:20:00", null, "16790001", "REG-77", "Learner Three"),
                connection("PU-b", "instA2==", "09:25:00", "10:00:00", null, "16791552", "REG-77", "Learner Three")));

        assertThat(result.learners()).hasSize(1);
        assertThat(resultOf(result, "U-201").attended()).isEqualTo(Duration.ofMinutes(55));
        assertThat(resultOf(result, "U-201").status()).isEqualTo(AttendanceStatus.ATTENDED);
        assertThat(result.unmatched()).isEmpty();
    }

    /** Guests whose display names resemble enrolled learners credit no learner. */
    @Test
    void displayNamesNeverIdentify() {
        MeetingInstance instance = new MeetingInstance("instA3==", at("09:00:00"), at("10:00:00"));
        AttendanceCalculation calculation = new AttendanceCalculation(List.of(instance), List.of(
                new EnrolledLearner("U-1001", EmailAddress.of("jo.a@example.com"), null, null),
                new EnrolledLearner("U-1002", EmailAddress.of("jo.b@example.com"), "REG-1002", null),
                new EnrolledLearner("U-1003", null, null, null)), NO_HOSTS, AttendanceThreshold.whenJoined());

        AttendanceResult guests = calculation.compute(List.of(
                connection("G-1", "instA3==", "09:00:00", "09:30:00", "", null, null, "Jo Example"),
                connection("G-2", "instA3==", "09:00:00", "09:40:00", null, null, "", "Valentin Sample")));

        assertThat(guests.learners()).allSatisfy(r -> assertThat(r.status()).isEqualTo(AttendanceStatus.ABSENT));
        assertThat(guests.unmatched()).extracting(UnmatchedParticipant::name)
                .containsExactlyInAnyOrder("Jo Example", "Valentin Sample");

        AttendanceResult registered = calculation.compute(List.of(
                connection("G-1", "instA3==", "09:00:00", "09:30:00", "", null, "REG-1002", "Jo Example")));

        assertThat(resultOf(registered, "U-1002").status()).isEqualTo(AttendanceStatus.ATTENDED);
        assertThat(resultOf(registered, "U-1001").status()).isEqualTo(AttendanceStatus.ABSENT);
    }

    /** Blank emails are never join keys, and emails compare case-insensitively. */
    @Test
    void emptyEmailsMatchNobody() {
        MeetingInstance instance = new MeetingInstance("instA4==", at("10:00:00"), at("11:00:00"));
        AttendanceCalculation calculation = new AttendanceCalculation(List.of(instance), List.of(
                learner("U-9", ""), learner("U-10", "learner5@example.com")), NO_HOSTS, AttendanceThreshold.atPercentage(80));

        AttendanceResult result = calculation.compute(List.of(
                connection("G-1", "instA4==", "10:00:00", "10:50:00", "", null, null, "Guest One"),
                connection("G-2", "instA4==", "10:10:00", "10:20:00", "", null, null, "Guest Two"),
                connection("P-3", "instA4==", "10:00:00", "11:00:00", "Learner5@Example.COM", null, null, "")));

        assertThat(resultOf(result, "U-9").status()).isEqualTo(AttendanceStatus.ABSENT);
        assertThat(resultOf(result, "U-9").attended()).isZero();
        assertThat(resultOf(result, "U-10").attended()).isEqualTo(Duration.ofMinutes(60));
        assertThat(result.unmatched()).extracting(UnmatchedParticipant::attended)
                .containsExactly(Duration.ofMinutes(50), Duration.ofMinutes(10));
    }

    /** No start notification, a zero duration and a leave after the end: the actual length counts. */
    @Test
    void actualLengthAndOpenConnectionClosedAtEnd() {
        MeetingInstance instance = new MeetingInstance("instA5==", at("13:58:00"), at("15:00:00"));
        Hosts host = new Hosts(Set.of(EmailAddress.of("host@example.com")), Set.of());
        AttendanceCalculation calculation = new AttendanceCalculation(List.of(instance),
                List.of(learner("U-7", "learner7@example.com")), host, AttendanceThreshold.atPercentage(75));

        AttendanceResult open = calculation.compute(List.of(
                connection("H-1", "instA5==", "13:58:00", null, "host@example.com", null, null, "Host"),
                connection("PU-1", "instA5==", "14:00:00", null, "learner7@example.com", null, null, "Learner Seven")));
        AttendanceResult lateLeave = calculation.compute(List.of(
                connection("PU-1", "instA5==", "14:00:00", "15:31:00", "learner7@example.com", null, null, "Learner Seven")));

        assertThat(open.actualLength()).isEqualTo(Duration.ofMinutes(62));
        assertThat(resultOf(open, "U-7").attended()).isEqualTo(Duration.ofMinutes(60));
        assertThat(resultOf(open, "U-7").percentage()).isBetween(96.7, 96.8);
        assertThat(resultOf(open, "U-7").status()).isEqualTo(AttendanceStatus.ATTENDED);
        assertThat(open.unmatched()).isEmpty();
        assertThat(resultOf(lateLeave, "U-7").attended()).isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void sharedEmailCreditsAndFlagsEveryLearner() {
        MeetingInstance instance = new MeetingInstance("inst", at("10:00:00"), at("11:00:00"));
        AttendanceCalculation calculation = new AttendanceCalculation(List.of(instance), List.of(
                learner("U-1", "family@example.com"), learner("U-2", "Family@example.com")), NO_HOSTS,
                AttendanceThreshold.atPercentage(50));

        AttendanceResult result = calculation.compute(List.of(
                connection("P-1", "inst", "10:00:00", "10:45:00", "family@example.com", null, null, "Parent")));

        assertThat(result.learners()).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(AttendanceStatus.ATTENDED);
            assertThat(r.sharedEmail()).isTrue();
        });
    }

    @Test
    void zoomUserIdLinksConnections() {
        MeetingInstance instance = new MeetingInstance("inst", at("10:00:00"), at("11:00:00"));
        AttendanceCalculation calculation = new AttendanceCalculation(List.of(instance),
                List.of(learner("U-1", "a@example.com")), NO_HOSTS, AttendanceThreshold.atPercentage(90));

        AttendanceResult result = calculation.compute(List.of(
                connection("P-1", "inst", "10:00:00", "10:30:00", "a@example.com", "zu-1", null, "A"),
                connection("P-2", "inst", "10:30:00", "11:00:00", null, "zu-1", null, "A")));

        assertThat(resultOf(result, "U-1").attended()).isEqualTo(Duration.ofMinutes(60));
        assertThat(result.unmatched()).isEmpty();
    }

    @Test
    void hostsAreNeitherLearnersNorUnmatched() {
        MeetingInstance instance = new MeetingInstance("inst", at("10:00:00"), at("11:00:00"));
        Hosts hosts = new Hosts(Set.of(EmailAddress.of("alt@example.com")), Set.of("zu-host"));
        AttendanceCalculation calculation = new AttendanceCalculation(List.of(instance),
                List.of(learner("U-1", "alt@example.com")), hosts, AttendanceThreshold.whenJoined());

        AttendanceResult result = calculation.compute(List.of(
                connection("H", "inst", "10:00:00", "11:00:00", null, "zu-host", null, "Host"),
                connection("A", "inst", "10:00:00", "11:00:00", "ALT@example.com", null, null, "Alternative host")));

        assertThat(result.unmatched()).isEmpty();
        assertThat(resultOf(result, "U-1").status()).isEqualTo(AttendanceStatus.ABSENT);
    }

    @Test
    void onJoinRuleNeedsOnlyAJoin() {
        MeetingInstance instance = new MeetingInstance("inst", at("10:00:00"), at("11:00:00"));
        AttendanceCalculation calculation = new AttendanceCalculation(List.of(instance),
                List.of(learner("U-1", "a@example.com"), learner("U-2", "b@example.com")), NO_HOSTS,
                AttendanceThreshold.whenJoined());

        AttendanceResult result = calculation.compute(List.of(
                connection("P-1", "inst", "10:59:00", "11:00:00", "a@example.com", null, null, "A")));

        assertThat(resultOf(result, "U-1").status()).isEqualTo(AttendanceStatus.ATTENDED);
        assertThat(resultOf(result, "U-2").status()).isEqualTo(AttendanceStatus.ABSENT);
    }
}
