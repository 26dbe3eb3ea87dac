package org.viltzoom.zoomsimulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/** One simulator and webhook receiver per test class, with a seed and HTTP helpers. */
class SimulatorFixture implements AutoCloseable {

    static final String REDIRECT_URI = "https://lms.example.org/zoom/callback";
    static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");

    final ZoomSimulator simulator = ZoomSimulator.start();
    final WebhookReceiver receiver;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SimulatorFixture() throws IOException {
        receiver = new WebhookReceiver();
        simulator.control().seed(seed(receiver));
        simulator.control().setClock(T0);
    }

    static String seed(WebhookReceiver receiver) {
        return """
                {
                  "accounts": [{"id": "acc-1", "plan": "business"}, {"id": "acc-2", "plan": "pro"}],
                  "users": [
                    {"id": "u-a", "account_id": "acc-1", "email": "a@example.com", "first_name": "Ada", "last_name": "Admin",
                     "type": 2, "status": "active", "role_name": "Owner", "pmi": 5550001234, "timezone": "Europe/Paris",
                     "meeting_password_requirement": {"length": 8, "have_letter": true, "have_number": true}},
                    {"id": "u-b", "account_id": "acc-1", "email": "b@example.com", "type": 1, "status": "pending"},
                    {"id": "u-e", "account_id": "acc-1", "email": "e@example.com", "type": 2, "webinar": false, "zoom_events": true},
                    {"id": "u-h", "account_id": "acc-1", "email": "h@example.com", "type": 2, "webinar": true, "webinar_capacity": 500},
                    {"id": "u-basic", "account_id": "acc-1", "email": "basic@example.com", "type": 1},
                    {"id": "u-off", "account_id": "acc-1", "email": "off@example.com", "type": 2, "status": "inactive"},
                    {"id": "u-d", "account_id": "acc-2", "email": "d@example.com", "type": 2}
                  ],
                  "apps": [
                    {"id": "T1", "client_id": "t1-client", "client_secret": "t1-client-secret", "redirect_uris": ["%1$s"],
                     "webhook_url": "%2$s", "webhook_secret_token": "s1-secret", "installed_accounts": ["acc-1"]},
                    {"id": "T2", "client_id": "t2-client", "client_secret": "t2-client-secret", "redirect_uris": ["%1$s"],
                     "webhook_url": "%3$s", "webhook_secret_token": "s2-secret"},
                    {"id": "S2S", "kind": "SERVER_TO_SERVER", "client_id": "s2s-client", "client_secret": "s2s-secret",
                     "account_id": "acc-1"}
                  ],
                  "templates": [{"id": "tpl-1", "user_id": "u-a", "name": "Training", "type": 1}],
                  "default_authorizing_user": "u-a"
                }
                """.formatted(REDIRECT_URI, receiver.url("/zoom/webhooks/T1"), receiver.url("/zoom/webhooks/T2"));
    }

    String base() {
        return simulator.baseUrl();
    }

    /** Runs the authorization code flow for the user and returns the token response. */
    JsonNode authorize(String clientId, String secret, String user) throws Exception {
        String authorizeUrl = base() + "/oauth/authorize?response_type=code&client_id=" + clientId
                + "&redirect_uri=" + encode(REDIRECT_URI) + "&state=st-1" + (user == null ? "" : "&sim_user=" + encode(user));
        HttpResponse<String> redirect = http.send(HttpRequest.newBuilder(URI.create(authorizeUrl)).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = redirect.headers().firstValue("Location").orElseThrow();
        String code = location.replaceAll(".*[?&]code=([^&]+).*", "$1");
        return json(token(clientId, secret, "grant_type=authorization_code&code=" + code + "&redirect_uri=" + encode(REDIRECT_URI)));
    }

    String adminToken() throws Exception {
        return authorize("t1-client", "t1-client-secret", "u-a").get("access_token").asText();
    }

    HttpResponse<String> token(String clientId, String secret, String form) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base() + "/oauth/token"))
                .header("Authorization", basic(clientId, secret))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String token, String path) throws IOException, InterruptedException {
        return send(token, "GET", path, null);
    }

    HttpResponse<String> send(String token, String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(20));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return Json.MAPPER.readTree(response.body());
    }

    static String basic(String clientId, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        simulator.close();
        receiver.close();
    }
}
