package org.viltzoom.zoomsimulator.users;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.HttpMethod;
import java.util.List;
import org.viltzoom.zoomsimulator.Json;
import org.viltzoom.zoomsimulator.SimulatorCore;
import org.viltzoom.zoomsimulator.http.ApiCall;
import org.viltzoom.zoomsimulator.http.ApiResponse;
import org.viltzoom.zoomsimulator.http.FieldError;
import org.viltzoom.zoomsimulator.http.Paging;
import org.viltzoom.zoomsimulator.http.ZoomApiException;
import org.viltzoom.zoomsimulator.oauth.Scopes;
import org.viltzoom.zoomsimulator.ratelimit.RateLimitCategory;
import org.viltzoom.zoomsimulator.state.User;

/** GET /users, GET /users/{userId} and GET /users/{userId}/settings (Zoom API reference: Users). */
public class UserRoutes {

    private final SimulatorCore core;

    public UserRoutes(SimulatorCore core) {
        this.core = core;
    }

    public void register() {
        core.api(HttpMethod.GET, "/v2/users", RateLimitCategory.MEDIUM,
                Scopes.withAdmin("user:read", "user:read:list_users"), this::list);
        core.api(HttpMethod.GET, "/v2/users/:userId", RateLimitCategory.LIGHT,
                Scopes.withAdmin("user:read", "user:read:user"), this::get);
        core.api(HttpMethod.GET, "/v2/users/:userId/settings", RateLimitCategory.MEDIUM,
                Scopes.withAdmin("user:read", "user:read:settings"), this::settings);
    }

    private ApiResponse get(ApiCall call) {
        User user = UserLookup.resolve(core.state, call, call.pathParam("userId"));
        return ApiResponse.ok(UserJson.user(user, core.state.accounts.get(user.accountId), core.baseUrl()));
    }

    private ApiResponse list(ApiCall call) {
        String status = call.query("status") == null ? "active" : call.query("status");
        if (!List.of("active", "inactive", "pending").contains(status)) {
            throw ZoomApiException.validation(List.of(new FieldError("status", "Invalid status: " + status)));
        }
        List<User> matching = core.state.users.values().stream()
                .filter(user -> user.accountId.equals(call.grant().accountId) && user.status.equals(status))
                .toList();

        ObjectNode body = Json.object();
        List<User> page = Paging.page(call, matching, body);
        body.put("page_number", 1);
        ArrayNode users = body.putArray("users");
        page.forEach(user -> users.add(UserJson.listEntry(user)));
        return ApiResponse.ok(body);
    }

    private ApiResponse settings(ApiCall call) {
        User user = UserLookup.resolve(core.state, call, call.pathParam("userId"));
        String option = call.query("option");
        if ("meeting_security".equals(option)) {
            return ApiResponse.ok(UserJson.meetingSecurity(user));
        }
        if (option != null && !option.isBlank()) {
            throw ZoomApiException.validation(List.of(new FieldError("option", "Unsupported option in the simulator: " + option)));
        }
        return ApiResponse.ok(UserJson.settings(user));
    }
}
