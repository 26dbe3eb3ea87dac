package org.viltzoom.account.application.port.out;

import java.util.List;
import org.viltzoom.account.domain.ZoomTemplate;
import org.viltzoom.account.domain.ZoomUserProfile;

/**
 * The parts of Zoom's REST API that account-service calls with an account's access token. Zoom's
 * errors surface as {@link org.viltzoom.kernel.zoom.ZoomApiException}.
 */
public interface ZoomAccounts {

    /** The user the token acts for ({@code GET /users/me}); not available to Server-to-Server tokens. */
    ZoomUserProfile currentUser(String accessToken, String apiBaseUrl);

    /** A cheap call that any valid token with user scopes may make ({@code GET /users?page_size=1}). */
    void checkAccess(String accessToken, String apiBaseUrl);

    List<ZoomTemplate> meetingTemplates(String accessToken, String apiBaseUrl, String zoomUserId);
}
