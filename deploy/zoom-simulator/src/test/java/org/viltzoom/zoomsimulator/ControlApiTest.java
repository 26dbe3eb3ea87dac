package org.viltzoom.zoomsimulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ControlApiTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private JsonNode call(ZoomSimulator simulator, String method, String path, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.MAPPER.readTree(response.body());
    }

    @Test
    void seedExampleLoadsAndServes() throws Exception {
        try (ZoomSimulator simulator = ZoomSimulator.start("127.0.0.1", 0, Path.of("seed-example.json"), 7)) {
            assertThat(simulator.control().user("u-host").webinar).isTrue();
            assertThat(simulator.control().meeting(85000000001L).topic).isEqualTo("Seeded meeting");

            HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/oauth/token"
                            + "?grant_type=account_credentials&account_id=acc-1"))
                    .header("Authorization", SimulatorFixture.basic("s2s-client-id", "s2s-client-secret"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            String accessToken = Json.MAPPER.readTree(token.body()).get("access_token").asText();
            HttpResponse<String> meeting = http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/v2/meetings/85000000001"))
                    .header("Authorization", "Bearer " + accessToken).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(meeting.statusCode()).isEqualTo(200);
            assertThat(Json.MAPPER.readTree(meeting.body()).get("start_time").asText()).isEqualTo("2026-06-01T08:00:00Z");
        }
    }

    @Test
    void nonObjectBodyIsRejected() throws Exception {
        try (ZoomSimulator simulator = ZoomSimulator.start()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(simulator.baseUrl() + "/_sim/apps/any-app/notifications"))
                    .POST(HttpRequest.BodyPublishers.ofString("[1, 2]")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(Json.MAPPER.readTree(response.body()).get("error").asText())
                    .isEqualTo("The body must be a JSON object, not ARRAY.");
        }
    }

    @Test
    void clockFaultsAndLogsOverHttp() throws Exception {
        try (ZoomSimulator simulator = ZoomSimulator.start()) {
            JsonNode clock = call(simulator, "POST", "/_sim/clock", "{\"set\":\"2026-05-01T10:00:00Z\",\"advance_seconds\":90}");
            assertThat(clock.get("now").asText()).isEqualTo("2026-05-01T10:01:30Z");
            assertThat(clock.get("frozen").asBoolean()).isTrue();

            call(simulator, "POST", "/_sim/faults", "{\"kind\":\"STATUS\",\"method\":\"GET\",\"path_pattern\":\"/v2/users/.*\",\"status\":503}");
            HttpResponse<String> faulted = http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/v2/users/me")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(faulted.statusCode()).isEqualTo(503);
            HttpResponse<String> next = http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/v2/users/me")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(next.statusCode()).isEqualTo(401);

            JsonNode requests = call(simulator, "GET", "/_sim/requests", null);
            assertThat(requests).hasSize(2);
            assertThat(requests.get(0).get("status").asInt()).isEqualTo(503);

            HttpResponse<String> invalid = http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/_sim/seed"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"userz\":[]}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(invalid.statusCode()).isEqualTo(400);
            assertThat(invalid.body()).contains("userz");

            call(simulator, "POST", "/_sim/reset", null);
            assertThat(call(simulator, "GET", "/_sim/clock", null).get("frozen").asBoolean()).isFalse();
        }
    }

    @Test
    void invalidWebhookSettingsChangeNothing() throws Exception {
        try (ZoomSimulator simulator = ZoomSimulator.start("127.0.0.1", 0, null, 7)) {
            String[] invalidBodies = {
                "{\"timeout_ms\": \"abc\"}",
                "{\"timeout_ms\": 0}",
                "{\"timeout_ms\": 2.5}",
                "{\"retry_delays_seconds\": 300}",
                "{\"retry_delays_seconds\": [300, \"soon\"]}",
                "{\"retry_delays_seconds\": [-1]}",
                "{\"concurrency\": 0}",
                "{\"timeout_ms\": 1500, \"concurrency\": 65}",
                "{\"timeout_ms\": 1500, \"retry_delays_seconds\": [\"x\"]}",
                "{\"retry_delays_seconds\": [9223372036854775807]}",
                "{\"retry_delays_seconds\": [86401]}",
                "{\"timeout_ms\": 600001}",
                "{\"timeout_ms\": 1500} trailing text"
            };
            for (String body : invalidBodies) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                URI.create(simulator.baseUrl() + "/_sim/webhooks/settings"))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

                assertThat(response.statusCode()).as(body).isEqualTo(400);
                assertThat(simulator.control().webhookTimeout()).as(body).isEqualTo(Duration.ofSeconds(3));
            }

            call(simulator, "POST", "/_sim/webhooks/settings", "{\"timeout_ms\": 1500, \"retry_delays_seconds\": [0, 60]}");
            assertThat(simulator.control().webhookTimeout()).isEqualTo(Duration.ofMillis(1500));
        }
    }
}
