package org.viltzoom.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for account-service's {@code GET /internal/v1/zoom-apps/{appId}/webhook-secret} on
 * loopback with the same contract: the bearer token must match, 200 with {@code {"secretToken"}}
 * for a known app, 404 otherwise. attendance-service caches the answer for five minutes, so the
 * stand-in is off the measured path after the first request of each run.
 */
final class WebhookSecretStandIn implements AutoCloseable {

    private static final String PATH_PREFIX = "/internal/v1/zoom-apps/";
    private static final String PATH_SUFFIX = "/webhook-secret";

    private final HttpServer server;
    private final Map<String, String> secretsByAppId;
    private final String serviceToken;
    private final AtomicInteger requests = new AtomicInteger();

    WebhookSecretStandIn(Map<String, String> secretsByAppId, String serviceToken) throws IOException {
        this.secretsByAppId = Map.copyOf(secretsByAppId);
        this.serviceToken = serviceToken;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(PATH_PREFIX, this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int requests() {
        return requests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        String path = exchange.getRequestURI().getPath();
        if (!path.endsWith(PATH_SUFFIX)) {
            respond(exchange, 404, "{\"code\":\"not-found\"}");
            return;
        }
        if (!("Bearer " + serviceToken).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 401, "{\"code\":\"unauthenticated\"}");
            return;
        }
        String appId = path.substring(PATH_PREFIX.length(), path.length() - PATH_SUFFIX.length());
        String secret = secretsByAppId.get(appId);
        if (secret == null) {
            respond(exchange, 404, "{\"code\":\"unknown-zoom-app\"}");
            return;
        }
        respond(exchange, 200, "{\"secretToken\":\"" + secret + "\"}");
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
