package org.viltzoom.host.domain;

import java.util.Objects;

/**
 * A Zoom user as {@code GET /users/{userId}} returns it.
 *
 * @param accountId the Zoom account the user belongs to, or null when Zoom did not say
 * @param type 1 basic, 2 licensed, 3 legacy corporate (also licensed)
 */
public record ZoomUser(String id, String email, String accountId, int type, ZoomUserStatus status) {

    public static final int TYPE_BASIC = 1;
    public static final int TYPE_LICENSED = 2;
    public static final int TYPE_LEGACY_CORP = 3;

    public ZoomUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
    }

    public boolean isLicensed() {
        return type == TYPE_LICENSED || type == TYPE_LEGACY_CORP;
    }
}
