package org.viltzoom.localrun.lms;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.viltzoom.localrun.LocalRun;
import org.viltzoom.localrun.Progress;
import org.viltzoom.localrun.Service;
import org.viltzoom.zoomsimulator.webhooks.UrlValidationResult;

/**
 * Acts as an LMS through the services' public REST APIs, with a bearer token of an LMS
 * administrator, and plays the people in the webinar through the Zoom simulator.
 */
public final class LmsDriver {

    /** The LMS installation of the local run; the databases are new on every run, so one name serves all. */
    public static final String PLATFORM = "demo";

    private final LocalRun run;
    private final Progress progress;
    private final ApiClient api;

    public LmsDriver(LocalRun run, Progress progress) {
        this.run = run;
        this.progress = progress;
        this.api = new ApiClient(run.issuer().token("lms-admin", PLATFORM, "vilt-admin"));
    }

    /**
     * Runs the scenario from pairing to the attendance report.
     *
     * @throws ApiException when a service returns an unexpected status
     * @throws IllegalStateException when a step's result is not what the scenario needs
     */
    public ScenarioOutcome run(Scenario scenario) throws Exception {
        progress.step("[1/6] Creating an account and pairing it with Zoom through OAuth");
        PairedAccount account = new AccountPairing(api, run.url(Service.ACCOUNT), PLATFORM, progress)
                .createAndPair("Acme Training");
        validateWebhookUrl();

        progress.step("[2/6] Assigning " + Roster.instructors().size() + " instructors as hosts");
        Map<String, AssignedHost> hosts = new HostAssignment(api, run.url(Service.HOST), PLATFORM, progress)
                .assign(account, Roster.instructors());
        Webinar webinar = new Webinar(scenario, account, paired(hosts, Roster.HOST),
                Roster.ALTERNATIVE_HOSTS.stream().map(person -> paired(hosts, person)).toList(),
                Roster.learners(scenario.learners()));

        EventScheduling scheduling = new EventScheduling(api, run.url(Service.EVENT), PLATFORM, progress);
        Duration movedLater = Duration.ofMinutes(scenario.event().movedLaterMinutes());
        EventWindow window = EventWindow.after(Instant.now(), EventScheduling.LEAD,
                Duration.ofMinutes(scenario.event().minutes()), movedLater);
        ScheduledEvent scheduled = scheduleAndEnroll(scheduling, webinar, window);
        ScheduledEvent edited = move(scheduling, webinar, scheduled, window.movedBy(movedLater));

        progress.step("[5/6] Playing the webinar in the Zoom simulator: " + scenario.description());
        PlayableScript playable = script(webinar, edited);
        requireWithinTimestampTolerance(playable);
        List<String> instanceUuids = new ScenarioPlayer(run.simulator().control(), progress).play(playable, edited.start());

        progress.step("[6/6] Waiting for AttendanceFinalized and reading the attendance report");
        AttendanceReports reports = new AttendanceReports(api, run.url(Service.ATTENDANCE), PLATFORM, progress);
        AttendanceReport report = reports.awaitFinal(edited.id(), playable.actualLength());
        progress.block(ReportTable.format(report));
        List<Path> csvFiles = reports.saveCsv(edited.id(), run.runDirectory());
        csvFiles.forEach(file -> progress.detail("CSV: " + file));

        return new ScenarioOutcome(account, hosts, scheduled, edited, instanceUuids, report, csvFiles);
    }

    /** The webinar a scenario needs: its account, host, alternative hosts and enrolled learners. */
    private record Webinar(Scenario scenario, PairedAccount account, AssignedHost host,
                           List<AssignedHost> alternativeHosts, List<Roster.Person> learners) {

        Map<String, Object> body(EventWindow window, String passcode) {
            return EventScheduling.webinarBody(scenario, account, host, alternativeHosts, window, passcode);
        }
    }

    private ScheduledEvent scheduleAndEnroll(EventScheduling scheduling, Webinar webinar, EventWindow window)
            throws InterruptedException {
        progress.step("[3/6] Scheduling the webinar '" + webinar.scenario().event().name() + "' for " + window
                + " and enrolling " + webinar.learners().size() + " learners");
        String passcode = scheduling.generatePasscode(webinar.account(), webinar.host());
        ScheduledEvent scheduled = scheduling.create(webinar.body(window, passcode));
        scheduling.enroll(scheduled, webinar.learners());
        return scheduled;
    }

    private ScheduledEvent move(EventScheduling scheduling, Webinar webinar, ScheduledEvent scheduled, EventWindow moved) {
        progress.step("[4/6] Moving the event to " + moved + ", which replaces its Zoom webinar");
        ScheduledEvent edited = scheduling.edit(scheduled, webinar.body(moved, scheduled.passcode()));
        progress.detail("old join URL: " + scheduled.joinUrl());
        progress.detail("new join URL: " + edited.joinUrl() + " (webinar " + edited.meetingId() + ", " + edited.syncState() + ")");
        if (edited.meetingId() == scheduled.meetingId()) {
            throw new IllegalStateException("The edit kept webinar " + scheduled.meetingId() + "; event-service should replace it");
        }
        return edited;
    }

    private static PlayableScript script(Webinar webinar, ScheduledEvent edited) {
        Cast cast = new Cast(webinar.host(), webinar.alternativeHosts(), webinar.learners(), webinar.scenario().guests());
        return ScenarioScript.build(webinar.scenario(), cast, edited.meetingId(), edited.start());
    }

    /** Sends Zoom's URL validation challenge, which Zoom sends when the app's owner saves the webhook URL. */
    private void validateWebhookUrl() {
        String challenge = UUID.randomUUID().toString().replace("-", "");
        UrlValidationResult result = run.simulator().control().validateWebhookUrl(run.zoom().appId(), challenge);
        if (!result.validated()) {
            throw new IllegalStateException("attendance-service failed Zoom's URL validation: status " + result.status()
                    + ", body " + result.responseBody() + (result.error() == null ? "" : ", error " + result.error()));
        }
        progress.detail("Zoom validated the webhook URL " + run.zoom().webhookUrl(run.url(Service.ATTENDANCE)));
    }

    /**
     * Checks that attendance-service accepts the last notification. The simulator signs each one
     * with its own clock, which the playback moves up to the end of the scenario, ahead of the
     * wall clock that attendance-service compares the timestamp with.
     */
    private void requireWithinTimestampTolerance(PlayableScript playable) {
        Duration ahead = Duration.between(Instant.now(), playable.lastDeliveryAt());
        Duration tolerance = run.webhookTimestampTolerance();
        if (ahead.compareTo(tolerance) > 0) {
            throw new IllegalArgumentException("The scenario's last notification is due " + ahead.toMinutes()
                    + " minutes from now, but attendance-service accepts webhook timestamps only up to "
                    + tolerance.toMinutes() + " minutes from its clock in this run; shorten the scenario");
        }
        progress.detail("the simulator signs webhooks with its clock, up to " + ahead.toMinutes() + " minutes ahead of"
                + " the wall clock; attendance-service accepts " + tolerance.toMinutes() + " minutes here (5 by default)");
    }

    private static AssignedHost paired(Map<String, AssignedHost> hosts, Roster.Person person) {
        AssignedHost host = hosts.get(person.lmsUserId());
        if (host == null || !host.status().equals("PAIRED")) {
            throw new IllegalStateException(person.lmsUserId() + " should be a PAIRED host, but is "
                    + (host == null ? "missing" : host.status() + " (" + host.reason() + ")"));
        }
        return host;
    }
}
