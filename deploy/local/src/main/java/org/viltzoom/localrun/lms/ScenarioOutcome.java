package org.viltzoom.localrun.lms;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The results the LMS received while it ran a scenario.
 *
 * @param hosts the host assignment results by LMS user id
 * @param scheduled the event as created; {@code edited} is the same event after the edit that replaced its webinar
 * @param instanceUuids the UUIDs of the webinar's runs in Zoom, in order
 * @param csvFiles the report and its unmatched participants as CSV
 */
public record ScenarioOutcome(PairedAccount account, Map<String, AssignedHost> hosts, ScheduledEvent scheduled,
                              ScheduledEvent edited, List<String> instanceUuids, AttendanceReport report,
                              List<Path> csvFiles) {
}
