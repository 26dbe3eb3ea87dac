package org.viltzoom.zoomsimulator.meetings;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.HttpMethod;
import java.util.Random;
import org.viltzoom.zoomsimulator.SimulatorCore;
import org.viltzoom.zoomsimulator.http.ApiCall;
import org.viltzoom.zoomsimulator.http.ApiResponse;
import org.viltzoom.zoomsimulator.http.ZoomApiException;
import org.viltzoom.zoomsimulator.oauth.Scopes;
import org.viltzoom.zoomsimulator.ratelimit.RateLimitCategory;
import org.viltzoom.zoomsimulator.state.Meeting;
import org.viltzoom.zoomsimulator.state.User;
import org.viltzoom.zoomsimulator.users.UserLookup;
import org.viltzoom.zoomsimulator.webhooks.Notifications;

/**
 * Create, get, update and delete of meetings and webinars (Zoom API reference: Meetings >
 * Create a meeting, Get a meeting, Update a meeting, Delete a meeting, and the same under
 * Webinars).
 */
public class MeetingRoutes {

    private final SimulatorCore core;
    private final boolean webinar;
    private final MeetingWriter writer;

    public MeetingRoutes(SimulatorCore core, boolean webinar, Random random) {
        this.core = core;
        this.webinar = webinar;
        this.writer = new MeetingWriter(core.state, random);
    }

    public void register() {
        String kind = webinar ? "webinar" : "meeting";
        String collection = webinar ? "webinars" : "meetings";
        String idParam = webinar ? "webinarId" : "meetingId";
        // Zoom docs (Rate limits) put meeting creation in the Medium category and get/update/delete in Light.
        core.api(HttpMethod.POST, "/v2/users/:userId/" + collection, RateLimitCategory.MEDIUM,
                Scopes.withAdmin(kind + ":write", kind + ":write:" + kind), this::create);
        core.api(HttpMethod.GET, "/v2/" + collection + "/:" + idParam, RateLimitCategory.LIGHT,
                Scopes.withAdmin(kind + ":read", kind + ":read:" + kind), call -> get(call, idParam));
        core.api(HttpMethod.PATCH, "/v2/" + collection + "/:" + idParam, RateLimitCategory.LIGHT,
                Scopes.withAdmin(kind + ":write", kind + ":update:" + kind), call -> update(call, idParam));
        core.api(HttpMethod.DELETE, "/v2/" + collection + "/:" + idParam, RateLimitCategory.LIGHT,
                Scopes.withAdmin(kind + ":write", kind + ":delete:" + kind), call -> delete(call, idParam));
    }

    private ApiResponse create(ApiCall call) {
        ObjectNode body = call.jsonBody();
        User host = UserLookup.resolve(core.state, call, call.pathParam("userId"));
        if (body.hasNonNull("schedule_for")) {
            host = scheduleFor(call, body.get("schedule_for").asText());
        }
        requireCanHost(host);
        core.rateLimiter.checkDailyMeetingWrite(host.id, RateLimitCategory.MEDIUM);

        Meeting meeting = new Meeting();
        meeting.webinar = webinar;
        meeting.type = webinar ? 5 : 2;
        meeting.hostId = host.id;
        meeting.id = core.state.newMeetingId();
        meeting.uuid = core.state.newInstanceUuid();
        meeting.createdAt = core.clock.instant();
        meeting.startTime = core.clock.instant();
        meeting.timezone = host.timezone;
        meeting.settings = MeetingSettings.defaults(webinar);
        writer.apply(meeting, body, host, true);

        core.state.meetings.put(meeting.id, meeting);
        return ApiResponse.created(MeetingJson.meeting(meeting, host, core.baseUrl(), false));
    }

    private ApiResponse get(ApiCall call, String idParam) {
        Meeting meeting = MeetingLookup.resolve(core.state, call, call.pathParam(idParam), webinar);
        return ApiResponse.ok(MeetingJson.meeting(meeting, core.state.users.get(meeting.hostId), core.baseUrl(), true));
    }

    private ApiResponse update(ApiCall call, String idParam) {
        Meeting meeting = MeetingLookup.resolve(core.state, call, call.pathParam(idParam), webinar);
        ObjectNode body = call.jsonBody();
        User host = core.state.users.get(meeting.hostId);
        // Zoom rejects moving an existing meeting to another host with 400 code 3000.
        if (body.hasNonNull("schedule_for")) {
            User requested = scheduleFor(call, body.get("schedule_for").asText());
            if (!requested.id.equals(host.id)) {
                throw new ZoomApiException(400, 3000, "You cannot change the host of this " + (webinar ? "webinar" : "meeting") + ".");
            }
        }
        core.rateLimiter.checkDailyMeetingWrite(host.id, RateLimitCategory.LIGHT);
        writer.apply(meeting, body, host, false);
        return ApiResponse.noContent();
    }

    private ApiResponse delete(ApiCall call, String idParam) {
        Meeting meeting = MeetingLookup.resolve(core.state, call, call.pathParam(idParam), webinar);
        if (core.rateLimiter.settings.dailyLimitCountsDeletes) {
            core.rateLimiter.checkDailyMeetingWrite(meeting.hostId, RateLimitCategory.LIGHT);
        }
        core.state.meetings.remove(meeting.id);
        core.state.registrants.values().removeIf(registrant -> registrant.meetingId == meeting.id);

        User operator = call.grant().userId == null ? null : core.state.users.get(call.grant().userId);
        core.notifyAccount(call.grant().accountId, webinar ? "webinar.deleted" : "meeting.deleted",
                Notifications.meetingDeleted(core.clock.instant(), call.grant().accountId, meeting, operator));
        return ApiResponse.noContent();
    }

    private User scheduleFor(ApiCall call, String userId) {
        try {
            return UserLookup.resolve(core.state, call, userId);
        } catch (ZoomApiException e) {
            throw new ZoomApiException(400, 3000, "Cannot schedule a " + (webinar ? "webinar" : "meeting") + " for " + userId + ".");
        }
    }

    private void requireCanHost(User host) {
        if (!host.isActive()) {
            throw new ZoomApiException(400, 1120, "Invalid user: " + host.email + " is " + host.status + ".");
        }
        if (webinar && !host.webinar) {
            // NOTE: the code 200 for a host without a webinar license is observed, not documented.
            throw new ZoomApiException(400, 200, "Webinar plan is missing. You must subscribe to the webinar plan"
                    + " and enable webinar for this user in order to perform this action.");
        }
    }
}
