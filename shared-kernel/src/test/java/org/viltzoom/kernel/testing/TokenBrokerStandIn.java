package org.viltzoom.kernel.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for account-service's token broker on loopback, implementing exactly its contract:
 * {@code POST /internal/v1/accounts/{accountId}/access-token} with an optional
 * {@code rejectedAccessToken}, returning the token JSON or the problems {@code account-not-found}
 * (404), {@code account-not-paired} (409, extension {@code status}), {@code missing-scopes} (409)
 * and {@code zoom-unavailable} (503 with {@code Retry-After}).
 *
 * <p>account-service cannot run inside another module's test JVM, so clients are tested against
 * this stand-in. It gets real tokens from the Zoom simulator with the {@code account_credentials}
 * grant of a Server-to-Server app, caches one per account and replaces it only when a caller
 * names it as rejected, as the real broker does.
 */
public final class TokenBrokerStandIn implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PATH = Pattern.compile("/internal/v1/accounts/([^/]+)/access-token");

    /** An account the stand-in serves, with the Server-to-Server app that issues its tokens. */
    private record Registration(String platform, String zoomAccountId, String clientId, String clientSecret,
                                String status, Set<String> missingScopes) {

        Registration with(String newStatus, Set<String> newMissingScopes) {
            return new Registration(platform, zoomAccountId, clientId, clientSecret, newStatus, newMissingScopes);
        }
    }

    private final HttpServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Supplier<String> zoomBaseUrl;
    private final String expectedBearer;
    private final Map<UUID, Registration> accounts = new ConcurrentHashMap<>();
    private final Map<UUID, ObjectNode> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger brokerRequests = new AtomicInteger();
    private final AtomicInteger zoomTokenRequests = new AtomicInteger();
    private final AtomicInteger unavailableAnswers = new AtomicInteger();

    private TokenBrokerStandIn(HttpServer server, Supplier<String> zoomBaseUrl, String expectedBearer) {
        this.server = server;
        this.zoomBaseUrl = zoomBaseUrl;
        this.expectedBearer = expectedBearer;
    }

    /**
     * Starts the stand-in on a free loopback port.
     *
     * @param zoomBaseUrl the simulator's root URL, read at each token request so that the
     *     simulator may start after the stand-in
     * @param expectedBearer the service token callers must send; others get 401
     */
    public static TokenBrokerStandIn start(Supplier<String> zoomBaseUrl, String expectedBearer) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            TokenBrokerStandIn standIn = new TokenBrokerStandIn(server, zoomBaseUrl, expectedBearer);
            server.createContext("/internal/v1/accounts/", standIn::handle);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.start();
            return standIn;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the token broker stand-in", e);
        }
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /**
     * Serves tokens for an account paired to the given Zoom account, issued by the simulator to
     * the Server-to-Server app with these credentials.
     */
    public void pair(UUID accountId, String platform, String zoomAccountId, String clientId, String clientSecret) {
        accounts.put(accountId, new Registration(platform, zoomAccountId, clientId, clientSecret, "PAIRED", Set.of()));
        tokens.remove(accountId);
    }

    /** Makes later requests fail with 409 {@code account-not-paired} and the given status. */
    public void unpair(UUID accountId, String status) {
        accounts.put(accountId, accounts.get(accountId).with(status, Set.of()));
        tokens.remove(accountId);
    }

    /** Makes later requests fail with 409 {@code missing-scopes} naming these scopes. */
    public void requireScopes(UUID accountId, Set<String> missing) {
        Registration current = accounts.get(accountId);
        accounts.put(accountId, current.with(current.status(), missing));
    }

    /** Makes the next {@code count} requests fail with 503 {@code zoom-unavailable} and {@code Retry-After: 7}. */
    public void answerUnavailable(int count) {
        unavailableAnswers.set(count);
    }

    /** Requests received, including rejected ones. */
    public int brokerRequests() {
        return brokerRequests.get();
    }

    /** Token requests the stand-in sent to Zoom's OAuth server. */
    public int zoomTokenRequests() {
        return zoomTokenRequests.get();
    }

    public void resetCounts() {
        brokerRequests.set(0);
        zoomTokenRequests.set(0);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            brokerRequests.incrementAndGet();
            Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
            if (!"POST".equals(exchange.getRequestMethod()) || !path.matches()) {
                problem(exchange, 404, "not-found", "No such endpoint", Map.of());
                return;
            }
            if (!("Bearer " + expectedBearer).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                problem(exchange, 401, "unauthenticated", "Send the service's bearer token", Map.of());
                return;
            }
            UUID accountId;
            try {
                accountId = UUID.fromString(path.group(1));
            } catch (IllegalArgumentException e) {
                problem(exchange, 404, "not-found", "Not a UUID: " + path.group(1), Map.of());
                return;
            }
            JsonNode body = readBody(exchange.getRequestBody());
            String rejected = body.path("rejectedAccessToken").asText(null);
            answer(exchange, accountId, rejected);
        } catch (RuntimeException e) {
            problem(exchange, 500, "internal-error", e.getClass().getSimpleName(), Map.of());
        }
    }

    private void answer(HttpExchange exchange, UUID accountId, String rejected) throws IOException {
        Registration account = accounts.get(accountId);
        if (account == null) {
            problem(exchange, 404, "account-not-found", "Account " + accountId + " does not exist", Map.of());
            return;
        }
        if (!"PAIRED".equals(account.status())) {
            problem(exchange, 409, "account-not-paired", "Account " + accountId + " is " + account.status(),
                    Map.of("status", account.status()));
            return;
        }
        if (!account.missingScopes().isEmpty()) {
            problem(exchange, 409, "missing-scopes", "The Zoom app lacks scopes", Map.of("missingScopes",
                    account.missingScopes()));
            return;
        }
        if (unavailableAnswers.getAndUpdate(count -> Math.max(0, count - 1)) > 0) {
            exchange.getResponseHeaders().add("Retry-After", "7");
            problem(exchange, 503, "zoom-unavailable", "Zoom's OAuth server did not answer", Map.of());
            return;
        }

        ObjectNode token = tokenFor(accountId, account, rejected);
        byte[] bytes = token.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** Returns the account's token, refreshing at most one at a time per account as the real broker does. */
    private ObjectNode tokenFor(UUID accountId, Registration account, String rejected) {
        synchronized (account) {
            ObjectNode cached = tokens.get(accountId);
            boolean usable = cached != null
                    && !cached.path("accessToken").asText().equals(rejected)
                    && Instant.parse(cached.path("expiresAt").asText()).isAfter(Instant.now().plusSeconds(60));
            if (usable) {
                return cached;
            }
            ObjectNode fresh = requestZoomToken(accountId, account);
            tokens.put(accountId, fresh);
            return fresh;
        }
    }

    private ObjectNode requestZoomToken(UUID accountId, Registration account) {
        zoomTokenRequests.incrementAndGet();
        String query = "grant_type=account_credentials&account_id="
                + URLEncoder.encode(account.zoomAccountId(), StandardCharsets.UTF_8);
        String basic = Base64.getEncoder().encodeToString((account.clientId() + ":" + account.clientSecret()).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(zoomBaseUrl.get() + "/oauth/token?" + query))
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Zoom's token endpoint answered HTTP " + response.statusCode());
            }
            JsonNode zoom = JSON.readTree(response.body());
            ObjectNode token = JSON.createObjectNode();
            token.put("accountId", accountId.toString());
            token.put("platform", account.platform());
            token.put("zoomAccountId", account.zoomAccountId());
            token.put("accessToken", zoom.path("access_token").asText());
            token.put("expiresAt", Instant.now().plusSeconds(zoom.path("expires_in").asLong()).toString());
            ArrayNode scopes = token.putArray("scopes");
            for (String scope : zoom.path("scope").asText("").split(" ")) {
                if (!scope.isBlank()) {
                    scopes.add(scope);
                }
            }
            token.put("apiBaseUrl", zoom.path("api_url").asText() + "/v2");
            return token;
        } catch (IOException e) {
            throw new IllegalStateException("Zoom's token endpoint did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while requesting a Zoom token", e);
        }
    }

    private static JsonNode readBody(InputStream body) throws IOException {
        byte[] bytes = body.readAllBytes();
        return bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
    }

    private static void problem(HttpExchange exchange, int status, String code, String detail,
                                Map<String, Object> extensions) throws IOException {
        ObjectNode problem = JSON.createObjectNode();
        problem.put("type", "urn:vilt-zoom:problem:" + code);
        problem.put("status", status);
        problem.put("code", code);
        problem.put("detail", detail);
        extensions.forEach((name, value) -> problem.set(name, JSON.valueToTree(value)));
        byte[] bytes = problem.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
