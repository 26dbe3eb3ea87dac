package org.viltzoom.localrun.lms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Calls the services' REST APIs the way an LMS does: JSON over HTTP with a bearer token of the
 * LMS administrator. Redirects are not followed, because the OAuth consent is a redirect the
 * LMS must see.
 */
final class ApiClient {

    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String bearerToken;

    ApiClient(String bearerToken) {
        this.bearerToken = bearerToken;
    }

    ApiResponse get(URI uri) {
        return send("GET", uri, null, Map.of());
    }

    ApiResponse get(URI uri, Map<String, String> headers) {
        return send("GET", uri, null, headers);
    }

    ApiResponse post(URI uri, Object body) {
        return send("POST", uri, body, Map.of());
    }

    ApiResponse post(URI uri, Object body, Map<String, String> headers) {
        return send("POST", uri, body, headers);
    }

    ApiResponse put(URI uri, Object body, Map<String, String> headers) {
        return send("PUT", uri, body, headers);
    }

    /** Sends a GET without the bearer token, as a browser follows a redirect. */
    ApiResponse browse(URI uri) {
        return exchange("GET", HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).GET());
    }

    private ApiResponse send(String method, URI uri, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + bearerToken)
                .header("Accept", "application/json");
        headers.forEach(request::setHeader);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(toJson(body)));
        }
        return exchange(method, request);
    }

    private ApiResponse exchange(String method, HttpRequest.Builder request) {
        HttpRequest built = request.build();
        try {
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(method, built.uri(), response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + built.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + method + " " + built.uri(), e);
        }
    }

    private static String toJson(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write the request body as JSON: " + e.getMessage(), e);
        }
    }
}
