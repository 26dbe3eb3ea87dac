package org.viltzoom.zoomsimulator.reports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.HttpMethod;
import java.util.Comparator;
import java.util.List;
import org.viltzoom.zoomsimulator.Json;
import org.viltzoom.zoomsimulator.SimulatorCore;
import org.viltzoom.zoomsimulator.http.ApiCall;
import org.viltzoom.zoomsimulator.http.ApiResponse;
import org.viltzoom.zoomsimulator.http.Paging;
import org.viltzoom.zoomsimulator.http.ZoomApiException;
import org.viltzoom.zoomsimulator.oauth.Scopes;
import org.viltzoom.zoomsimulator.ratelimit.RateLimitCategory;
import org.viltzoom.zoomsimulator.state.PastInstance;
import org.viltzoom.zoomsimulator.state.PastParticipant;
import org.viltzoom.zoomsimulator.state.User;
import org.viltzoom.zoomsimulator.webhooks.Times;

/**
 * Participants of ended meeting instances, one row per connection: GET
 * /past_meetings/{meetingId|UUID}/participants (rivet: MeetingsGetPastMeetingParticipantsResponse)
 * and GET /report/meetings/{meetingId|UUID}/participants (rivet:
 * ReportsGetMeetingParticipantReportsResponse). Both return 404 code 3001 until the report of
 * an instance is ready, as Zoom does for a few minutes after a meeting ends.
 */
public class ParticipantRoutes {

    private final SimulatorCore core;

    public ParticipantRoutes(SimulatorCore core) {
        this.core = core;
    }

    public void register() {
        core.api(HttpMethod.GET, "/v2/past_meetings/:meetingId/participants", RateLimitCategory.MEDIUM,
                Scopes.withAdmin("meeting:read", "meeting:read:list_past_participants"), call -> list(call, false));
        core.api(HttpMethod.GET, "/v2/past_webinars/:meetingId/participants", RateLimitCategory.MEDIUM,
                Scopes.withAdmin("webinar:read", "webinar:read:list_past_participants"), call -> list(call, false));
        core.api(HttpMethod.GET, "/v2/report/meetings/:meetingId/participants", RateLimitCategory.HEAVY,
                List.of("report:read:admin", "report:read:list_meeting_participants:admin"), call -> list(call, true));
        core.api(HttpMethod.GET, "/v2/report/webinars/:meetingId/participants", RateLimitCategory.HEAVY,
                List.of("report:read:admin", "report:read:list_webinar_participants:admin"), call -> list(call, true));
    }

    private ApiResponse list(ApiCall call, boolean report) {
        int segment = report ? 4 : 3;
        String id = MeetingPathId.decode(call.rawPath(), segment);
        PastInstance instance = findReadyInstance(call, id);

        ObjectNode body = Json.object();
        List<PastParticipant> rows = instance.participants.stream()
                .filter(row -> row.leaveTime != null || instance.endTime != null)
                .toList();
        List<PastParticipant> page = Paging.page(call, rows, body);
        ArrayNode participants = body.putArray("participants");
        for (PastParticipant row : page) {
            participants.add(report ? reportRow(row, instance) : pastRow(row, instance));
        }
        return ApiResponse.ok(body);
    }

    private PastInstance findReadyInstance(ApiCall call, String id) {
        PastInstance instance;
        if (MeetingPathId.isNumericId(id)) {
            instance = core.state.instancesOf(Long.parseLong(id)).stream()
                    .filter(candidate -> candidate.endTime != null)
                    .max(Comparator.comparing(candidate -> candidate.endTime))
                    .orElse(null);
        } else {
            instance = core.state.pastInstances.get(id);
        }
        User host = instance == null ? null : core.state.users.get(instance.hostId);
        boolean visible = instance != null && instance.endTime != null && host != null
                && host.accountId.equals(call.grant().accountId);
        boolean ready = visible && !core.clock.instant().isBefore(instance.reportReadyAt);
        if (!ready) {
            throw ZoomApiException.meetingNotFound(id);
        }
        return instance;
    }

    private static ObjectNode pastRow(PastParticipant row, PastInstance instance) {
        ObjectNode json = Json.object();
        json.put("id", row.id);
        json.put("name", row.name);
        json.put("user_id", row.userId);
        json.put("registrant_id", row.registrantId);
        json.put("user_email", row.userEmail);
        json.put("join_time", Times.format(row.joinTime));
        json.put("leave_time", Times.format(leaveOf(row, instance)));
        json.put("duration", durationOf(row, instance));
        json.put("failover", false);
        json.put("status", row.status);
        json.put("internal_user", row.internalUser);
        return json;
    }

    private static ObjectNode reportRow(PastParticipant row, PastInstance instance) {
        ObjectNode json = Json.object();
        json.put("customer_key", row.customerKey);
        json.put("duration", durationOf(row, instance));
        json.put("failover", false);
        json.put("id", row.id);
        json.put("join_time", Times.format(row.joinTime));
        json.put("leave_time", Times.format(leaveOf(row, instance)));
        json.put("name", row.name);
        json.put("registrant_id", row.registrantId);
        json.put("status", row.status);
        json.put("user_email", row.userEmail);
        json.put("user_id", row.userId);
        json.put("participant_user_id", row.id);
        return json;
    }

    /** A connection still open when the meeting ended closes at the end. */
    private static java.time.Instant leaveOf(PastParticipant row, PastInstance instance) {
        return row.leaveTime != null ? row.leaveTime : instance.endTime;
    }

    private static long durationOf(PastParticipant row, PastInstance instance) {
        return Math.max(0, leaveOf(row, instance).getEpochSecond() - row.joinTime.getEpochSecond());
    }
}
