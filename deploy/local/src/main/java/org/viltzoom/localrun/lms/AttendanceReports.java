package org.viltzoom.localrun.lms;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.viltzoom.localrun.Progress;

/** Reads a training event's attendance report from attendance-service, as JSON and as CSV. */
final class AttendanceReports {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** How long the report must stay the same before it counts as final. */
    private static final Duration SETTLED = Duration.ofSeconds(2);

    private final ApiClient api;
    private final URI attendanceService;
    private final String platform;
    private final Progress progress;

    AttendanceReports(ApiClient api, URI attendanceService, String platform, Progress progress) {
        this.api = api;
        this.attendanceService = attendanceService;
        this.platform = platform;
        this.progress = progress;
    }

    /**
     * Waits until the report exists (404 {@code attendance-not-final} before the first
     * AttendanceFinalized), covers the whole actual length of the played instances, and has not
     * changed for a moment: notifications that arrive late publish further versions.
     *
     * @throws IllegalStateException when that does not happen within a minute
     */
    AttendanceReport awaitFinal(String eventId, Duration actualLength) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        ApiResponse last = null;
        AttendanceReport settled = null;
        long settledSince = 0;
        while (System.nanoTime() < deadline) {
            last = api.get(report(eventId, "?size=200"));
            if (last.status() == 200) {
                AttendanceReport current = parse(last.json());
                boolean complete = current.actualLengthSeconds() == actualLength.toSeconds();
                if (complete && current.equals(settled)) {
                    if (System.nanoTime() - settledSince >= SETTLED.toNanos()) {
                        return withUnmatched(current, eventId);
                    }
                } else {
                    settled = complete ? current : null;
                    settledSince = System.nanoTime();
                }
            } else if (last.status() != 404) {
                last.expect(200);
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("No final attendance report for training event " + eventId + " after "
                + TIMEOUT.toSeconds() + " s; the last response was " + last.status() + ": " + last.body());
    }

    /** Saves the report and its unmatched participants as CSV files, as attendance-service writes them. */
    List<Path> saveCsv(String eventId, Path directory) throws IOException {
        Files.createDirectories(directory);
        Path learners = directory.resolve("attendance-" + eventId + ".csv");
        Path unmatched = directory.resolve("attendance-" + eventId + "-unmatched.csv");
        Files.writeString(learners, api.get(report(eventId, ""), Map.of("Accept", "text/csv")).expect(200).body());
        Files.writeString(unmatched, api.get(report(eventId, "/unmatched"), Map.of("Accept", "text/csv")).expect(200).body());
        return List.of(learners, unmatched);
    }

    private AttendanceReport withUnmatched(AttendanceReport report, String eventId) {
        JsonNode page = api.get(report(eventId, "/unmatched?size=200")).expect(200).json();
        List<AttendanceReport.Unmatched> unmatched = new ArrayList<>();
        for (JsonNode item : page.path("items")) {
            unmatched.add(new AttendanceReport.Unmatched(item.path("name").asText(null),
                    item.path("email").isNull() ? null : item.path("email").asText(null),
                    item.path("secondsAttended").asLong()));
        }
        progress.detail("report version " + report.version() + ", actual length "
                + ScenarioPlayer.minutes(Duration.ofSeconds(report.actualLengthSeconds())));
        return new AttendanceReport(report.trainingEventId(), report.name(), report.version(),
                report.actualLengthSeconds(), report.learners(), unmatched);
    }

    private static AttendanceReport parse(JsonNode body) {
        List<AttendanceReport.Learner> learners = new ArrayList<>();
        for (JsonNode item : body.path("items")) {
            learners.add(new AttendanceReport.Learner(item.path("lmsUserId").asText(), item.path("firstName").asText(null),
                    item.path("lastName").asText(null), item.path("email").asText(null), item.path("status").asText(),
                    item.path("secondsAttended").asLong(), item.path("percentage").asDouble(), item.path("joins").asInt(),
                    item.path("sharedEmail").asBoolean()));
        }
        return new AttendanceReport(body.path("trainingEventId").asText(), body.path("name").asText(null),
                body.path("version").asInt(), body.path("actualLengthSeconds").asLong(), learners, List.of());
    }

    private URI report(String eventId, String suffix) {
        return attendanceService.resolve("/api/v1/platforms/" + platform + "/training-events/" + eventId + "/attendance" + suffix);
    }
}
