package org.viltzoom.zoomsimulator.oauth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.viltzoom.zoomsimulator.Json;

/**
 * An error of Zoom's OAuth endpoints. The token endpoint answers {@code {"reason", "error"}};
 * the numeric code is Zoom's OAuth error code (Zoom docs: OAuth > OAuth error codes), shown on
 * the authorize error page.
 */
public class OAuthError extends RuntimeException {

    private final int status;
    private final int zoomCode;
    private final String error;

    public OAuthError(int status, int zoomCode, String error, String reason) {
        super(reason);
        this.status = status;
        this.zoomCode = zoomCode;
        this.error = error;
    }

    public static OAuthError missingParameter(String name) {
        return new OAuthError(400, 4700, "invalid_request", "Missing parameter: " + name);
    }

    public static OAuthError invalidClient() {
        return new OAuthError(401, 4702, "invalid_client", "Invalid client_id or client_secret");
    }

    public static OAuthError unsupportedGrant(String grantType) {
        return new OAuthError(400, 4705, "unsupported_grant_type", "Unsupported grant type: " + grantType);
    }

    public static OAuthError redirectUriMismatch() {
        return new OAuthError(400, 4709, "invalid_request", "Redirect URI mismatch.");
    }

    public static OAuthError codeExpired() {
        return new OAuthError(400, 4733, "invalid_grant", "Authorization code expired.");
    }

    public static OAuthError invalidCode() {
        return new OAuthError(400, 4734, "invalid_grant", "Invalid authorization code");
    }

    public static OAuthError tokenRevoked() {
        return new OAuthError(400, 4741, "invalid_grant", "Token is revoked.");
    }

    /** A refresh token that was already used, expired or never issued. */
    public static OAuthError invalidRefreshToken() {
        return new OAuthError(400, 4734, "invalid_grant", "Invalid Token!");
    }

    public int status() {
        return status;
    }

    public int zoomCode() {
        return zoomCode;
    }

    public ObjectNode body() {
        ObjectNode body = Json.object();
        body.put("reason", getMessage());
        body.put("error", error);
        return body;
    }
}
