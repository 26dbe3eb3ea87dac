package org.viltzoom.attendance;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.viltzoom.localstack.LocalStackTestResource;

/**
 * A stand-in for account-service's {@code GET /internal/v1/zoom-apps/{appId}/webhook-secret} on
 * loopback, with the same contract: the caller's bearer token is required, 200 with
 * {@code {"secretToken"}} for a known app, 404 otherwise. account-service itself cannot run in
 * this test JVM; its own tests cover the real endpoint.
 */
public class WebhookSecretsStandIn implements QuarkusTestResourceLifecycleManager {

    public static final Map<String, String> SECRETS = new ConcurrentHashMap<>();
    public static final AtomicInteger REQUESTS = new AtomicInteger();

    private static final String SERVICE_TOKEN =
            LocalStackTestResource.issuer().tokenWithoutPlatform("attendance-service", "vilt-service");
    private static final String PATH_PREFIX = "/internal/v1/zoom-apps/";

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the webhook secret stand-in", e);
        }
        server.createContext(PATH_PREFIX, this::handle);
        server.start();
        return Map.of(
                "vilt.account-service.url", "http://127.0.0.1:" + server.getAddress().getPort(),
                "vilt.account-service.service-token", SERVICE_TOKEN);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        REQUESTS.incrementAndGet();
        String path = exchange.getRequestURI().getPath();
        String appId = path.substring(PATH_PREFIX.length(), path.length() - "/webhook-secret".length());

        if (!("Bearer " + SERVICE_TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 401, "{\"code\":\"unauthenticated\"}");
            return;
        }
        String secret = SECRETS.get(appId);
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
}
