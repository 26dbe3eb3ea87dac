package org.viltzoom.zoomsimulator.meetings;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.HttpMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.viltzoom.zoomsimulator.Json;
import org.viltzoom.zoomsimulator.SimulatorCore;
import org.viltzoom.zoomsimulator.http.ApiCall;
import org.viltzoom.zoomsimulator.http.ApiResponse;
import org.viltzoom.zoomsimulator.http.FieldError;
import org.viltzoom.zoomsimulator.http.Paging;
import org.viltzoom.zoomsimulator.http.ZoomApiException;
import org.viltzoom.zoomsimulator.oauth.Scopes;
import org.viltzoom.zoomsimulator.ratelimit.RateLimitCategory;
import org.viltzoom.zoomsimulator.state.Meeting;
import org.viltzoom.zoomsimulator.state.Registrant;
import org.viltzoom.zoomsimulator.webhooks.Times;

/**
 * Add, list and delete registrants of meetings and webinars (Zoom API reference: Meetings > Add a
 * meeting registrant, List meeting registrants, Delete a meeting registrant; rivet:
 * MeetingsAddMeetingRegistrantResponse, MeetingsDeleteMeetingRegistrantPathParams).
 */
public class RegistrantRoutes {

    private final SimulatorCore core;
    private final boolean webinar;

    public RegistrantRoutes(SimulatorCore core, boolean webinar) {
        this.core = core;
        this.webinar = webinar;
    }

    public void register() {
        String kind = webinar ? "webinar" : "meeting";
        String path = "/v2/" + kind + "s/:id/registrants";
        core.api(HttpMethod.POST, path, RateLimitCategory.LIGHT, Scopes.withAdmin(kind + ":write", kind + ":write:registrant"), this::add);
        core.api(HttpMethod.GET, path, RateLimitCategory.MEDIUM, Scopes.withAdmin(kind + ":read", kind + ":read:list_registrants"), this::list);
        core.api(HttpMethod.DELETE, path + "/:registrantId", RateLimitCategory.LIGHT,
                Scopes.withAdmin(kind + ":write", kind + ":delete:registrant"), this::delete);
    }

    private ApiResponse add(ApiCall call) {
        Meeting meeting = MeetingLookup.resolve(core.state, call, call.pathParam("id"), webinar);
        int approvalType = meeting.settings.path("approval_type").asInt(2);
        if (approvalType == 2) {
            // NOTE: the code and message for a meeting without registration are observed answers, not documented ones.
            throw new ZoomApiException(400, 3000, "Registration has not been enabled for this " + (webinar ? "webinar" : "meeting") + ": " + meeting.id + ".");
        }
        ObjectNode body = call.jsonBody();
        List<FieldError> errors = new ArrayList<>();
        String email = body.path("email").asText("").trim();
        String firstName = body.path("first_name").asText("").trim();
        if (!email.matches("[^@\\s]+@[^@\\s]+")) {
            errors.add(new FieldError("email", "Invalid email: " + email));
        }
        if (firstName.isEmpty()) {
            errors.add(new FieldError("first_name", "first_name is required"));
        }
        if (!errors.isEmpty()) {
            throw ZoomApiException.validation(errors);
        }

        Registrant registrant = findByEmail(meeting.id, email);
        if (registrant == null) {
            registrant = new Registrant();
            registrant.id = core.state.newId();
            registrant.meetingId = meeting.id;
            registrant.email = email;
            registrant.firstName = firstName;
            registrant.lastName = body.path("last_name").asText("");
            registrant.status = approvalType == 0 ? "approved" : "pending";
            registrant.createTime = Times.format(core.clock.instant());
            registrant.joinUrl = core.baseUrl() + "/w/" + meeting.id + "?tk=" + registrant.id;
            core.state.registrants.put(registrant.id, registrant);
        }

        ObjectNode answer = Json.object();
        answer.put("id", meeting.id);
        answer.put("join_url", registrant.joinUrl);
        answer.put("registrant_id", registrant.id);
        answer.put("start_time", Times.format(meeting.startTime));
        answer.put("topic", meeting.topic);
        answer.putArray("occurrences");
        return ApiResponse.created(answer);
    }

    private ApiResponse list(ApiCall call) {
        Meeting meeting = MeetingLookup.resolve(core.state, call, call.pathParam("id"), webinar);
        String status = call.query("status") == null ? "approved" : call.query("status");
        List<Registrant> matching = core.state.registrants.values().stream()
                .filter(registrant -> registrant.meetingId == meeting.id && registrant.status.equals(status))
                .toList();
        ObjectNode body = Json.object();
        List<Registrant> page = Paging.page(call, matching, body);
        body.put("page_number", 1);
        ArrayNode registrants = body.putArray("registrants");
        for (Registrant registrant : page) {
            registrants.addObject()
                    .put("id", registrant.id)
                    .put("email", registrant.email)
                    .put("first_name", registrant.firstName)
                    .put("last_name", registrant.lastName)
                    .put("status", registrant.status)
                    .put("create_time", registrant.createTime)
                    .put("join_url", registrant.joinUrl);
        }
        return ApiResponse.ok(body);
    }

    /** Deletes a registrant and returns 204 without a body. In Zoom, its personal join URL then stops working. */
    private ApiResponse delete(ApiCall call) {
        Meeting meeting = MeetingLookup.resolve(core.state, call, call.pathParam("id"), webinar);
        String registrantId = call.pathParam("registrantId");
        Registrant registrant = core.state.registrants.get(registrantId);
        if (registrant == null || registrant.meetingId != meeting.id) {
            // NOTE: Zoom's status and code for an unknown registrant were not found in its docs, so
            // this 404 is a guess. Clients should treat any 404 of this call as already deleted.
            throw new ZoomApiException(404, 300, "Registrant not found: " + registrantId + ".");
        }
        core.state.registrants.remove(registrantId);
        return ApiResponse.noContent();
    }

    private Registrant findByEmail(long meetingId, String email) {
        String wanted = email.toLowerCase(Locale.ROOT);
        return core.state.registrants.values().stream()
                .filter(registrant -> registrant.meetingId == meetingId && registrant.email.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst().orElse(null);
    }
}
