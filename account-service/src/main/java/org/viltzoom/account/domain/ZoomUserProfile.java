package org.viltzoom.account.domain;

import java.util.Locale;

/**
 * The Zoom user who authorized a pairing, as Zoom's {@code GET /users/me} describes them.
 *
 * @param roleId Zoom's role id: "0" is the owner and "1" the admin role of an account
 */
public record ZoomUserProfile(String id, String accountId, String email, String roleName, String roleId,
                              String status) {

    /**
     * Owner or admin, by Zoom's built-in role ids or names. Custom roles with admin rights are not
     * recognized, so such users cannot pair.
     */
    public boolean isOwnerOrAdmin() {
        if ("0".equals(roleId) || "1".equals(roleId)) {
            return true;
        }
        String role = roleName == null ? "" : roleName.toLowerCase(Locale.ROOT);
        return role.equals("owner") || role.equals("admin");
    }
}
