package org.viltzoom.localrun.lms;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.viltzoom.localrun.Progress;
import org.viltzoom.localrun.lms.Roster.Person;

/** Assigns LMS instructors as hosts of the paired account, all in one request. */
final class HostAssignment {

    private final ApiClient api;
    private final URI hostService;
    private final String platform;
    private final Progress progress;

    HostAssignment(ApiClient api, URI hostService, String platform, Progress progress) {
        this.api = api;
        this.hostService = hostService;
        this.platform = platform;
        this.progress = progress;
    }

    /** Returns the results by LMS user id, in the order of the request. */
    Map<String, AssignedHost> assign(PairedAccount account, List<Person> instructors) throws InterruptedException {
        URI hosts = hostService.resolve("/api/v1/platforms/" + platform + "/accounts/" + account.id() + "/hosts");
        List<Map<String, String>> body = new ArrayList<>();
        for (Person person : instructors) {
            body.add(Map.of("lmsUserId", person.lmsUserId(), "email", person.email(),
                    "firstName", person.firstName(), "lastName", person.lastName()));
        }

        // Until AccountPaired reaches host-service, it returns 404 account-not-found or 409 account-not-paired.
        JsonNode report = Propagation.await(progress, "host-service to receive AccountPaired",
                        () -> api.post(hosts, Map.of("hosts", body)),
                        response -> response.status() == 404 || response.status() == 409)
                .expect(200).json();

        Map<String, AssignedHost> results = new LinkedHashMap<>();
        for (JsonNode result : report.path("results")) {
            Person person = instructors.stream()
                    .filter(candidate -> candidate.lmsUserId().equals(result.path("lmsUserId").asText()))
                    .findFirst().orElseThrow();
            AssignedHost host = new AssignedHost(person.lmsUserId(), result.path("hostId").asText(), person.email(),
                    result.path("status").asText(), result.path("reason").isNull() ? null : result.path("reason").asText(null),
                    result.path("zoomUserId").asText(null), result.path("webinarCapable").asBoolean());
            results.put(host.lmsUserId(), host);
            progress.detail(String.format("%-17s %-38s %s", host.lmsUserId(), host.email(), describe(host)));
        }
        return results;
    }

    private static String describe(AssignedHost host) {
        if (host.reason() != null) {
            return host.status() + " (" + host.reason() + ")";
        }
        return host.status() + (host.webinarCapable() ? ", webinar licence" : "");
    }
}
