package org.viltzoom.zoomsimulator.meetings;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.HttpMethod;
import org.viltzoom.zoomsimulator.Json;
import org.viltzoom.zoomsimulator.SimulatorCore;
import org.viltzoom.zoomsimulator.http.ApiCall;
import org.viltzoom.zoomsimulator.http.ApiResponse;
import org.viltzoom.zoomsimulator.oauth.Scopes;
import org.viltzoom.zoomsimulator.ratelimit.RateLimitCategory;
import org.viltzoom.zoomsimulator.state.Template;
import org.viltzoom.zoomsimulator.state.User;
import org.viltzoom.zoomsimulator.users.UserLookup;

/** GET /users/{userId}/meeting_templates and /webinar_templates (rivet: MeetingsListMeetingTemplatesResponse). */
public class TemplateRoutes {

    private final SimulatorCore core;

    public TemplateRoutes(SimulatorCore core) {
        this.core = core;
    }

    public void register() {
        core.api(HttpMethod.GET, "/v2/users/:userId/meeting_templates", RateLimitCategory.MEDIUM,
                Scopes.withAdmin("meeting:read", "meeting:read:list_templates"), call -> list(call, false));
        core.api(HttpMethod.GET, "/v2/users/:userId/webinar_templates", RateLimitCategory.MEDIUM,
                Scopes.withAdmin("webinar:read", "webinar:read:list_templates"), call -> list(call, true));
    }

    private ApiResponse list(ApiCall call, boolean webinar) {
        User user = UserLookup.resolve(core.state, call, call.pathParam("userId"));
        ObjectNode body = Json.object();
        ArrayNode templates = body.putArray("templates");
        for (Template template : core.state.templates.values()) {
            boolean visible = template.userId == null || template.userId.equals(user.id);
            if (visible && template.webinar == webinar) {
                templates.addObject().put("id", template.id).put("name", template.name).put("type", template.type);
            }
        }
        body.put("total_records", templates.size());
        return ApiResponse.ok(body);
    }
}
