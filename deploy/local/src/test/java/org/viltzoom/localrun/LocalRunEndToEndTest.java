package org.viltzoom.localrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.viltzoom.localrun.lms.AssignedHost;
import org.viltzoom.localrun.lms.AttendanceReport;
import org.viltzoom.localrun.lms.LmsDriver;
import org.viltzoom.localrun.lms.Scenario;
import org.viltzoom.localrun.lms.ScenarioOutcome;

/**
 * Runs deploy/local/scenarios/webinar-with-restart.json against the four services as separate
 * processes (their packaged jars), real PostgreSQL and Kafka, and the Zoom simulator, exactly as
 * {@code deploy/local/run --once} does, on free ports and throw-away databases.
 */
class LocalRunEndToEndTest {

    /** The webinar ran from 00:00 to 30:00 and, after the restart, from 32:00 to 62:00. */
    private static final long ACTUAL_LENGTH_SECONDS = 3600;

    private record Expected(String status, long seconds, int joins) {
    }

    /**
     * Returns the result that the scenario's timeline gives each learner, against an actual
     * length of 60 minutes and a threshold of 75 %. A connection still open at an end closes at that end.
     */
    private static Map<String, Expected> expectedLearners() {
        Map<String, Expected> expected = new LinkedHashMap<>();
        // 01:00-30:00 and 33:00-62:00; the duplicated joins of learners 1-10 count once.
        for (int learner = 1; learner <= 30; learner++) {
            expected.put(lmsUserId(learner), new Expected("ATTENDED", 1740 + 1740, 2));
        }
        // 02:00-10:00, rejoined 12:00-30:00, then 33:00-62:00.
        for (int learner = 31; learner <= 34; learner++) {
            expected.put(lmsUserId(learner), new Expected("ATTENDED", 480 + 1080 + 1740, 3));
        }
        // Laptop 01:00-30:00 with the phone 05:00-20:00 inside it, then the phone alone 40:00-62:00.
        expected.put(lmsUserId(35), new Expected("ATTENDED", 1740 + 1320, 3));
        // 20:00-30:00 and 33:00-62:00: 65 %.
        expected.put(lmsUserId(36), new Expected("ABSENT", 600 + 1740, 2));
        // Only the second run, 32:00-62:00: 50 %.
        expected.put(lmsUserId(37), new Expected("ABSENT", 1800, 1));
        // 01:00-29:00, whose join arrived after the leave and after the first end: 46.7 %.
        expected.put(lmsUserId(38), new Expected("ABSENT", 1680, 1));
        expected.put(lmsUserId(39), new Expected("ABSENT", 0, 0));
        expected.put(lmsUserId(40), new Expected("ABSENT", 0, 0));
        return expected;
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void webinarWithRestartGivesExactAttendance() throws Exception {
        Path repositoryRoot = Path.of("../..").toAbsolutePath().normalize();
        Scenario scenario = Scenario.read(repositoryRoot.resolve("deploy/local/scenarios/webinar-with-restart.json"));
        // The pid in the names lets the next test run drop these databases if this JVM is killed.
        String databases = "vilt_test_localrun_%s_" + ProcessHandle.current().pid() + "_1";
        LocalRunOptions options = new LocalRunOptions(repositoryRoot, Path.of("target/e2e-run").toAbsolutePath(),
                Ports.random(), databases, true, LocalRunOptions.DEFAULT_WEBHOOK_TIMESTAMP_TOLERANCE,
                LocalRunOptions.DEFAULT_SERVICE_JVM_OPTIONS);
        Progress progress = new Progress(System.out);

        ScenarioOutcome outcome;
        try (LocalRun run = LocalRun.prepare(options, progress)) {
            run.start();
            outcome = new LmsDriver(run, progress).run(scenario);
        }

        assertPairingAndHosts(outcome);
        assertReplacement(outcome);
        assertLearners(outcome.report());
        assertUnmatched(outcome.report());
        assertCsv(outcome);
    }

    private static void assertPairingAndHosts(ScenarioOutcome outcome) {
        assertThat(outcome.account().status()).isEqualTo("PAIRED");
        assertThat(outcome.account().zoomAccountId()).isEqualTo("acme-zoom-account");
        assertThat(outcome.account().pairingMode()).isEqualTo("OAUTH");

        Map<String, AssignedHost> hosts = outcome.hosts();
        assertThat(hosts.get("instructor-hugo").status()).isEqualTo("PAIRED");
        assertThat(hosts.get("instructor-hugo").webinarCapable()).isTrue();
        assertThat(hosts.get("instructor-alice").status()).isEqualTo("PAIRED");
        assertThat(hosts.get("instructor-bruno").status()).isEqualTo("PAIRED");
        assertThat(hosts.get("instructor-basil").status()).isEqualTo("NOT_PAIRED");
        assertThat(hosts.get("instructor-basil").reason()).isEqualTo("NOT_LICENSED");
    }

    private static void assertReplacement(ScenarioOutcome outcome) {
        assertThat(outcome.edited().id()).isEqualTo(outcome.scheduled().id());
        assertThat(outcome.edited().meetingId()).isNotEqualTo(outcome.scheduled().meetingId());
        assertThat(outcome.edited().joinUrl()).isNotEqualTo(outcome.scheduled().joinUrl());
        assertThat(outcome.edited().start()).isEqualTo(outcome.scheduled().start().plus(Duration.ofMinutes(5)));
        assertThat(outcome.instanceUuids()).hasSize(2).doesNotHaveDuplicates();
    }

    private static void assertLearners(AttendanceReport report) {
        assertThat(report.actualLengthSeconds()).isEqualTo(ACTUAL_LENGTH_SECONDS);
        Map<String, Expected> expected = expectedLearners();
        assertThat(report.learners()).extracting(AttendanceReport.Learner::lmsUserId)
                .containsExactlyInAnyOrderElementsOf(expected.keySet());

        SoftAssertions softly = new SoftAssertions();
        for (AttendanceReport.Learner learner : report.learners()) {
            Expected result = expected.get(learner.lmsUserId());
            softly.assertThat(learner.status()).as(learner.lmsUserId() + " status").isEqualTo(result.status());
            softly.assertThat(learner.secondsAttended()).as(learner.lmsUserId() + " seconds").isEqualTo(result.seconds());
            softly.assertThat(learner.joins()).as(learner.lmsUserId() + " joins").isEqualTo(result.joins());
            softly.assertThat(learner.sharedEmail()).as(learner.lmsUserId() + " shared email").isFalse();
        }
        softly.assertAll();
    }

    private static void assertUnmatched(AttendanceReport report) {
        // Hosts are left out; the dial-in caller has no email and the visitor's email is no learner's.
        assertThat(report.unmatched()).containsExactly(
                new AttendanceReport.Unmatched("Dial-in caller", null, 1620),
                new AttendanceReport.Unmatched("Vera Visitor", "vera.visitor@partner.example", 600));
    }

    private static void assertCsv(ScenarioOutcome outcome) throws Exception {
        List<String> learners = Files.readAllLines(outcome.csvFiles().get(0));
        assertThat(learners).hasSize(1 + 40);
        assertThat(learners.get(0)).startsWith("lms_user_id,");
        assertThat(learners).anySatisfy(line ->
                assertThat(line).startsWith("learner-37,Kira,Kowalski,kira.kowalski@learners.example,ABSENT,1800,"));

        List<String> unmatched = Files.readAllLines(outcome.csvFiles().get(1));
        assertThat(unmatched).containsExactly("name,email,seconds_attended", "Dial-in caller,,1620",
                "Vera Visitor,vera.visitor@partner.example,600");
    }

    private static String lmsUserId(int learner) {
        return String.format("learner-%02d", learner);
    }
}
