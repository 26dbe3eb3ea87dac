package org.viltzoom.zoomsimulator.users;

import org.viltzoom.zoomsimulator.http.ApiCall;
import org.viltzoom.zoomsimulator.http.ZoomApiException;
import org.viltzoom.zoomsimulator.state.SimState;
import org.viltzoom.zoomsimulator.state.User;

/**
 * Resolves the {userId} path parameter: a user id, an email address, or "me" (Zoom API
 * reference: Users > Get a user).
 */
public final class UserLookup {

    private UserLookup() {
    }

    /**
     * Returns the user, or throws 404 code 1001 when no such user exists and 400 code 1010 when
     * the user belongs to another account than the token's.
     */
    public static User resolve(SimState state, ApiCall call, String userId) {
        User user;
        if ("me".equals(userId)) {
            // NOTE: Server-to-Server tokens act for no user, so "me" matches no user for them.
            user = call.grant().userId == null ? null : state.users.get(call.grant().userId);
        } else if (userId.contains("@")) {
            user = state.userByEmail(userId).orElse(null);
        } else {
            user = state.users.get(userId);
        }
        if (user == null) {
            throw ZoomApiException.userNotFound(userId);
        }
        if (!user.accountId.equals(call.grant().accountId)) {
            throw new ZoomApiException(400, 1010, "User does not belong to this account: " + userId + ".");
        }
        return user;
    }
}
