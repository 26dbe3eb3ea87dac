package org.viltzoom.zoomsimulator.oauth;

import java.util.ArrayList;
import java.util.List;
import org.viltzoom.zoomsimulator.http.ZoomApiException;

/** Scope checks for REST calls, accepting Zoom's classic and granular scope names. */
public final class Scopes {

    /** Scopes of tokens for an app seeded without a scope list. */
    public static final List<String> DEFAULT = List.of(
            "user:read:admin", "meeting:read:admin", "meeting:write:admin", "webinar:read:admin",
            "webinar:write:admin", "report:read:admin", "recording:read:admin");

    private Scopes() {
    }

    /** Returns each given scope together with its ":admin" form. */
    public static List<String> withAdmin(String... scopes) {
        List<String> result = new ArrayList<>();
        for (String scope : scopes) {
            result.add(scope);
            result.add(scope + ":admin");
        }
        return List.copyOf(result);
    }

    /**
     * Throws Zoom's 400 code 4711 unless the token carries one of the accepted scopes
     * (Zoom docs: OAuth scopes; the message lists what is missing).
     */
    public static void require(TokenGrant grant, List<String> accepted) {
        if (accepted.isEmpty()) {
            return;
        }
        for (String scope : accepted) {
            if (grant.scopes.contains(scope)) {
                return;
            }
        }
        throw new ZoomApiException(400, 4711,
                "Invalid access token, does not contain scopes:[" + String.join(", ", accepted) + "].");
    }
}
