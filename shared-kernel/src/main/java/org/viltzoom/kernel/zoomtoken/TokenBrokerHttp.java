package org.viltzoom.kernel.zoomtoken;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.viltzoom.kernel.zoomapi.ZoomResponseBodies;

/**
 * One request to the broker's {@code POST /internal/v1/accounts/{accountId}/access-token}, and
 * the translation of its problem details into {@link TokenBrokerException}s. It uses the JDK's
 * HTTP client so that the kernel needs no REST client library.
 */
final class TokenBrokerHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final ZoomTokenBrokerSettings settings;
    private final ServiceCredentials credentials;
    private final Clock clock;

    TokenBrokerHttp(ZoomTokenBrokerSettings settings, ServiceCredentials credentials, Clock clock) {
        this.settings = settings;
        this.credentials = credentials;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.requestTimeout()).build();
    }

    /** Requests a token; with {@code rejectedAccessToken} set, the broker replaces that token. */
    ZoomAccessToken request(UUID accountId, String rejectedAccessToken) {
        ObjectNode body = JSON.createObjectNode();
        if (rejectedAccessToken != null) {
            body.put("rejectedAccessToken", rejectedAccessToken);
        }
        HttpRequest request = HttpRequest.newBuilder(settings.accessTokenUri(accountId))
                .timeout(settings.requestTimeout())
                .header("Authorization", "Bearer " + credentials.bearerToken())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();

        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw failure(accountId, TokenBrokerFailure.BROKER_UNAVAILABLE,
                    "Token broker request for account " + accountId + " failed: " + e, null, null, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(accountId, TokenBrokerFailure.BROKER_UNAVAILABLE,
                    "Token broker request for account " + accountId + " was interrupted", null, null, null, e);
        }

        JsonNode json = ZoomResponseBodies.parseOrEmpty(response.body());
        if (response.statusCode() == 200) {
            return token(accountId, json);
        }
        throw problem(accountId, response, json);
    }

    private ZoomAccessToken token(UUID accountId, JsonNode json) {
        try {
            Set<String> scopes = new HashSet<>();
            json.path("scopes").forEach(scope -> scopes.add(scope.asText()));
            return new ZoomAccessToken(
                    UUID.fromString(json.path("accountId").asText(accountId.toString())),
                    json.path("platform").asText(null),
                    json.path("zoomAccountId").asText(null),
                    json.get("accessToken").asText(),
                    Instant.parse(json.get("expiresAt").asText()),
                    scopes,
                    json.get("apiBaseUrl").asText());
        } catch (RuntimeException e) {
            // The message must not carry the body: it contains the token.
            throw failure(accountId, TokenBrokerFailure.BROKER_UNAVAILABLE,
                    "Token broker returned 200 for account " + accountId
                            + " without a valid accessToken, expiresAt or apiBaseUrl", null, null, null, null);
        }
    }

    private TokenBrokerException problem(UUID accountId, HttpResponse<String> response, JsonNode json) {
        int status = response.statusCode();
        String code = json.path("code").asText("");
        String detail = json.path("detail").asText("");
        String message = "Token broker returned HTTP " + status + (code.isEmpty() ? "" : " " + code)
                + " for account " + accountId + (detail.isEmpty() ? "" : ": " + detail);

        if (status == 404 && "account-not-found".equals(code)) {
            return failure(accountId, TokenBrokerFailure.ACCOUNT_NOT_FOUND, message, null, null, null, null);
        }
        if (status == 409 && "account-not-paired".equals(code)) {
            return failure(accountId, TokenBrokerFailure.ACCOUNT_NOT_PAIRED, message,
                    json.path("status").asText(null), null, null, null);
        }
        if (status == 409 && "missing-scopes".equals(code)) {
            Set<String> missing = new HashSet<>();
            json.path("missingScopes").forEach(scope -> missing.add(scope.asText()));
            return failure(accountId, TokenBrokerFailure.MISSING_SCOPES, message, null, missing, null, null);
        }
        if (status == 503) {
            Instant retryAfter = retryAfter(response.headers().firstValue("Retry-After").orElse(null));
            return failure(accountId, TokenBrokerFailure.ZOOM_UNAVAILABLE, message, null, null, retryAfter, null);
        }
        if (status == 401 || status == 403) {
            return failure(accountId, TokenBrokerFailure.CREDENTIALS_REJECTED, message, null, null, null, null);
        }
        return failure(accountId, TokenBrokerFailure.BROKER_UNAVAILABLE, message, null, null, null, null);
    }

    /** Parses the broker's {@code Retry-After}, which is in seconds. */
    private Instant retryAfter(String header) {
        if (header == null || !header.trim().matches("\\d{1,9}")) {
            return null;
        }
        return clock.instant().plusSeconds(Long.parseLong(header.trim()));
    }

    private static TokenBrokerException failure(UUID accountId, TokenBrokerFailure failure, String message,
                                                String accountStatus, Set<String> missingScopes, Instant retryAfter,
                                                Throwable cause) {
        return new TokenBrokerException(accountId, failure, message, accountStatus, missingScopes, retryAfter, cause);
    }
}
