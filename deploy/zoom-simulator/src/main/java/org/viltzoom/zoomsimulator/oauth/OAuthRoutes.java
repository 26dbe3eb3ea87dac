package org.viltzoom.zoomsimulator.oauth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.viltzoom.zoomsimulator.Json;
import org.viltzoom.zoomsimulator.SimulatorCore;
import org.viltzoom.zoomsimulator.state.OAuthApp;
import org.viltzoom.zoomsimulator.state.User;

/**
 * Zoom's OAuth endpoints (Zoom docs: OAuth > Using OAuth 2.0): an auto-consent authorize page,
 * the token endpoint with the authorization_code, refresh_token and account_credentials
 * grants, and revoke.
 */
public class OAuthRoutes {

    private static final Logger LOG = System.getLogger(OAuthRoutes.class.getName());

    private final SimulatorCore core;

    public OAuthRoutes(SimulatorCore core) {
        this.core = core;
    }

    public void register() {
        core.router.route(HttpMethod.GET, "/oauth/authorize").handler(this::authorize);
        core.router.route(HttpMethod.POST, "/oauth/token").handler(this::token);
        core.router.route(HttpMethod.POST, "/oauth/revoke").handler(this::revoke);
    }

    /**
     * Signs in the user named by {@code sim_user} (id or email) or the control API's default,
     * consents at once and redirects to the redirect URI with code and state.
     */
    private void authorize(RoutingContext context) {
        String location;
        try {
            synchronized (core.state) {
                location = issueCodeRedirect(context);
            }
        } catch (OAuthError e) {
            context.response().setStatusCode(e.status()).putHeader("content-type", "text/html;charset=UTF-8")
                    .end("<html><body><h1>" + escape(e.getMessage()) + "</h1><p>Error code: " + e.zoomCode() + "</p></body></html>");
            return;
        }
        context.response().setStatusCode(302).putHeader("Location", location)
                .putHeader("content-type", "text/html;charset=UTF-8")
                .end("<html><body><a href=\"" + escape(location) + "\">Continue</a></body></html>");
    }

    private String issueCodeRedirect(RoutingContext context) {
        String clientId = required(context, "client_id");
        OAuthApp app = core.state.appByClientId(clientId).orElseThrow(OAuthError::invalidClient);
        String responseType = required(context, "response_type");
        if (!"code".equals(responseType)) {
            throw new OAuthError(400, 4700, "unsupported_response_type", "Unsupported response_type: " + responseType);
        }
        String redirectUri = required(context, "redirect_uri");
        if (!app.redirectUris.contains(redirectUri)) {
            throw OAuthError.redirectUriMismatch();
        }
        String challenge = context.request().getParam("code_challenge");
        String method = context.request().getParam("code_challenge_method");
        if (challenge != null && method != null && !"S256".equals(method)) {
            throw new OAuthError(400, 4700, "invalid_request", "Unsupported code_challenge_method: " + method);
        }

        User user = authorizingUser(context.request().getParam("sim_user"));
        AuthorizationCode code = core.tokens.issueCode(app, user, redirectUri, challenge);
        String state = context.request().getParam("state");
        String separator = redirectUri.contains("?") ? "&" : "?";
        String location = redirectUri + separator + "code=" + encode(code.code());
        if (state != null) {
            location += "&state=" + encode(state);
        }
        LOG.log(Level.INFO, "Authorized app={0} for user={1} account={2}", app.id, user.id, user.accountId);
        return location;
    }

    private User authorizingUser(String requested) {
        String wanted = requested != null ? requested : core.state.defaultAuthorizingUser;
        if (wanted == null) {
            throw new OAuthError(400, 4700, "invalid_request",
                    "No user to sign in: pass sim_user or set a default authorizing user through the control API");
        }
        User user = wanted.contains("@") ? core.state.userByEmail(wanted).orElse(null) : core.state.users.get(wanted);
        if (user == null) {
            throw new OAuthError(400, 4700, "invalid_request", "Unknown simulated user: " + wanted);
        }
        if (!user.isActive()) {
            throw new OAuthError(400, 4700, "invalid_request", "User is not active: " + wanted);
        }
        return user;
    }

    private void token(RoutingContext context) {
        try {
            boolean loseResponse;
            ObjectNode body;
            synchronized (core.state) {
                OAuthApp app = authenticateClient(context);
                String grantType = required(context, "grant_type");
                TokenPair pair = switch (grantType) {
                    case "authorization_code" -> core.tokens.exchangeCode(
                            app, required(context, "code"), param(context, "redirect_uri"), param(context, "code_verifier"));
                    case "refresh_token" -> core.tokens.refresh(app, required(context, "refresh_token"));
                    case "account_credentials" -> core.tokens.accountCredentials(app, required(context, "account_id"));
                    default -> throw OAuthError.unsupportedGrant(grantType);
                };
                body = tokenResponse(pair);
                loseResponse = "refresh_token".equals(grantType) && core.faults.takeLostTokenResponse();
                LOG.log(Level.INFO, "Issued token app={0} account={1} grant={2}", app.id, pair.access().accountId, grantType);
            }
            if (loseResponse) {
                // The refresh is applied, but the caller never learns the new tokens.
                LOG.log(Level.INFO, "Dropping the token response as injected");
                context.request().connection().close();
                return;
            }
            context.response().putHeader("content-type", "application/json;charset=UTF-8")
                    .putHeader("cache-control", "no-store").end(body.toString());
        } catch (OAuthError e) {
            context.response().setStatusCode(e.status()).putHeader("content-type", "application/json;charset=UTF-8")
                    .end(e.body().toString());
        }
    }

    private ObjectNode tokenResponse(TokenPair pair) {
        ObjectNode body = Json.object();
        body.put("access_token", pair.access().token);
        body.put("token_type", "bearer");
        if (pair.refresh() != null) {
            body.put("refresh_token", pair.refresh().token);
        }
        body.put("expires_in", core.tokens.lifetimes.accessToken.toSeconds());
        body.put("scope", String.join(" ", pair.access().scopes));
        body.put("api_url", core.baseUrl());
        return body;
    }

    private void revoke(RoutingContext context) {
        try {
            boolean revoked;
            synchronized (core.state) {
                OAuthApp app = authenticateClient(context);
                revoked = core.tokens.revoke(app, required(context, "token"));
            }
            if (!revoked) {
                throw new OAuthError(400, 4700, "invalid_request", "Invalid token");
            }
            context.response().putHeader("content-type", "application/json;charset=UTF-8").end("{\"status\":\"success\"}");
        } catch (OAuthError e) {
            context.response().setStatusCode(e.status()).putHeader("content-type", "application/json;charset=UTF-8")
                    .end(e.body().toString());
        }
    }

    /** Checks HTTP Basic client_id:client_secret. */
    private OAuthApp authenticateClient(RoutingContext context) {
        String header = context.request().getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw OAuthError.invalidClient();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw OAuthError.invalidClient();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw OAuthError.invalidClient();
        }
        String clientId = decoded.substring(0, colon);
        String secret = decoded.substring(colon + 1);
        OAuthApp app = core.state.appByClientId(clientId).orElseThrow(OAuthError::invalidClient);
        if (!app.clientSecret.equals(secret)) {
            throw OAuthError.invalidClient();
        }
        return app;
    }

    /** Reads a parameter from the form body or the query string; Zoom accepts both. */
    private static String param(RoutingContext context, String name) {
        String form = context.request().getFormAttribute(name);
        return form != null ? form : context.request().getParam(name);
    }

    private static String required(RoutingContext context, String name) {
        String value = param(context, name);
        if (value == null || value.isBlank()) {
            throw OAuthError.missingParameter(name);
        }
        return value;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
