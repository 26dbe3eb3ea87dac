package org.viltzoom.account.adapter.out.zoom;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.viltzoom.account.application.port.out.ZoomAuthorization;
import org.viltzoom.account.application.port.out.ZoomAuthorizationException;
import org.viltzoom.account.application.port.out.ZoomAuthorizationException.Kind;
import org.viltzoom.account.domain.TokenGrant;
import org.viltzoom.kernel.zoom.RateLimitInfo;

/**
 * Zoom's OAuth server through a plain REST client rather than quarkus-oidc-client: the broker
 * needs the HTTP status, {@code Retry-After}, Zoom's {@code error} and the granted {@code scope}
 * of every response, and an {@code OidcClientException} carries only the body. Nothing here retries:
 * a refresh token is single-use, so the caller decides about a second attempt.
 */
@ApplicationScoped
class ZoomRestAuthorization implements ZoomAuthorization {

    private static final Logger LOG = Logger.getLogger(ZoomRestAuthorization.class);

    @Inject
    ZoomClients clients;

    @Inject
    ZoomSettings settings;

    @Inject
    Clock clock;

    @Override
    public String oauthClientId() {
        return settings.clientId();
    }

    @Override
    public Optional<String> oauthWebhookSecretToken() {
        return settings.webhookSecretToken();
    }

    @Override
    public URI authorizeUrl(String state) {
        return UriBuilder.fromUri(settings.oauthUrl())
                .path("/oauth/authorize")
                .queryParam("response_type", "code")
                .queryParam("client_id", settings.clientId())
                .queryParam("redirect_uri", settings.redirectUri())
                .queryParam("state", state)
                .build();
    }

    @Override
    public TokenGrant exchangeCode(String code) {
        Form form = new Form()
                .param("grant_type", "authorization_code")
                .param("code", code)
                .param("redirect_uri", settings.redirectUri());
        return requestToken("Exchanging an authorization code", basic(settings.clientId(), settings.clientSecret()), form);
    }

    @Override
    public TokenGrant refresh(String refreshToken) {
        Form form = new Form().param("grant_type", "refresh_token").param("refresh_token", refreshToken);
        return requestToken("Refreshing a Zoom token", basic(settings.clientId(), settings.clientSecret()), form);
    }

    @Override
    public TokenGrant accountCredentials(String zoomAccountId, String clientId, String clientSecret) {
        Form form = new Form().param("grant_type", "account_credentials").param("account_id", zoomAccountId);
        return requestToken("Requesting a Server-to-Server token", basic(clientId, clientSecret), form);
    }

    @Override
    public void revoke(String token) {
        if (token == null) {
            return;
        }
        try (Response response = clients.oauth().revoke(basic(settings.clientId(), settings.clientSecret()), token)) {
            if (response.getStatus() / 100 != 2) {
                LOG.infof("Zoom did not revoke a token: HTTP %d", response.getStatus());
            }
        } catch (ProcessingException e) {
            LOG.warnf("Revoking a Zoom token failed: %s", e.getMessage());
        }
    }

    private TokenGrant requestToken(String operation, String authorization, Form form) {
        Response response;
        try {
            response = clients.oauth().token(authorization, form);
        } catch (ProcessingException e) {
            throw new ZoomAuthorizationException(Kind.TRANSIENT, null,
                    operation + " got no answer: " + e.getClass().getSimpleName(), null, e);
        }

        try (response) {
            JsonNode body = ZoomResponses.body(response);
            if (response.getStatus() == 200) {
                return grant(body);
            }
            throw refusal(operation, response, body);
        }
    }

    private TokenGrant grant(JsonNode body) {
        Instant expiresAt = clock.instant().plusSeconds(body.path("expires_in").asLong(3599));
        Set<String> scopes = Arrays.stream(body.path("scope").asText("").trim().split("\\s+"))
                .filter(scope -> !scope.isBlank())
                .collect(Collectors.toSet());
        return new TokenGrant(body.path("access_token").asText(), body.path("refresh_token").asText(null),
                expiresAt, scopes, clients.apiBaseUrl(body.path("api_url").asText(null)));
    }

    /** Classifies by status and Zoom's {@code error} value, never by the {@code reason} text. */
    private ZoomAuthorizationException refusal(String operation, Response response, JsonNode body) {
        int status = response.getStatus();
        String error = body.path("error").asText("");
        Integer code = body.hasNonNull("code") ? body.get("code").asInt() : null;
        String message = operation + " was rejected: HTTP " + status + (error.isEmpty() ? "" : " " + error);

        if (status == 429) {
            Instant retryAfter = RateLimitInfo.fromHeaders(response::getHeaderString, clock.instant()).retryAfter();
            return new ZoomAuthorizationException(Kind.RATE_LIMITED, code, message, retryAfter, null);
        }
        if (status >= 500) {
            return new ZoomAuthorizationException(Kind.TRANSIENT, code, message, null, null);
        }
        if (status == 401 || error.equals("invalid_client") || error.equals("unsupported_grant_type")
                || error.equals("unauthorized_client")) {
            return new ZoomAuthorizationException(Kind.INVALID_CLIENT, code, message, null, null);
        }
        return new ZoomAuthorizationException(Kind.INVALID_GRANT, code, message, null, null);
    }

    private static String basic(String clientId, String clientSecret) {
        String pair = clientId + ":" + clientSecret;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
