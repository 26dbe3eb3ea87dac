package org.viltzoom.zoomsimulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.viltzoom.zoomsimulator.faults.FaultRule;
import org.viltzoom.zoomsimulator.ratelimit.DailyLimitVariant;

class RestApiContractTest {

    static SimulatorFixture fixture;
    static String token;

    @BeforeAll
    static void start() throws Exception {
        fixture = new SimulatorFixture();
    }

    @BeforeEach
    void freshToken() throws Exception {
        fixture.simulator.control().setClock(SimulatorFixture.T0);
        token = fixture.adminToken();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    /** Lookups are classified by status and code: active, pending, not found (1001), other account (1010). */
    @Test
    void userLookupAnswers() throws Exception {
        JsonNode a = SimulatorFixture.json(fixture.get(token, "/v2/users/a@example.com"));
        assertThat(a.get("status").asText()).isEqualTo("active");
        assertThat(a.get("type").asInt()).isEqualTo(2);
        assertThat(a.get("role_name").asText()).isEqualTo("Owner");

        JsonNode b = SimulatorFixture.json(fixture.get(token, "/v2/users/b@example.com"));
        assertThat(b.get("status").asText()).isEqualTo("pending");
        assertThat(b.get("type").asInt()).isEqualTo(1);

        HttpResponse<String> c = fixture.get(token, "/v2/users/c@example.com");
        assertThat(c.statusCode()).isEqualTo(404);
        assertThat(SimulatorFixture.json(c).get("code").asInt()).isEqualTo(1001);

        HttpResponse<String> d = fixture.get(token, "/v2/users/d@example.com");
        assertThat(d.statusCode()).isEqualTo(400);
        assertThat(SimulatorFixture.json(d).get("code").asInt()).isEqualTo(1010);

        JsonNode e = SimulatorFixture.json(fixture.get(token, "/v2/users/e@example.com/settings")).get("feature");
        assertThat(e.get("webinar").asBoolean()).isFalse();
        assertThat(e.get("zoom_events").asBoolean()).isTrue();
    }

    @Test
    void meetingSecurityShowsPasscodePolicy() throws Exception {
        JsonNode policy = SimulatorFixture.json(fixture.get(token, "/v2/users/me/settings?option=meeting_security"))
                .get("meeting_security").get("meeting_password_requirement");

        assertThat(policy.get("length").asInt()).isEqualTo(8);
        assertThat(policy.get("have_letter").asBoolean()).isTrue();
        assertThat(policy.get("have_number").asBoolean()).isTrue();
    }

    @Test
    void userListPagesWithToken() throws Exception {
        JsonNode first = SimulatorFixture.json(fixture.get(token, "/v2/users?page_size=2"));
        assertThat(first.get("users")).hasSize(2);
        assertThat(first.get("total_records").asInt()).isEqualTo(4);

        JsonNode second = SimulatorFixture.json(fixture.get(token, "/v2/users?page_size=2&next_page_token=" + first.get("next_page_token").asText()));
        assertThat(second.get("users")).hasSize(2);
        assertThat(second.get("next_page_token").asText()).isEmpty();
    }

    @Test
    void missingTokenIs124() throws Exception {
        HttpResponse<String> response = fixture.get(null, "/v2/users/me");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(SimulatorFixture.json(response).get("code").asInt()).isEqualTo(124);
    }

    @Test
    void createMeetingReadsLocalStartTime() throws Exception {
        HttpResponse<String> created = fixture.send(token, "POST", "/v2/users/me/meetings", """
                {"topic": "Onboarding", "type": 2, "start_time": "2026-06-01T10:00:00", "timezone": "Europe/Paris",
                 "duration": 90, "password": "abc12345", "template_id": "tpl-1",
                 "settings": {"approval_type": 0, "alternative_hosts": "h@example.com"}}
                """);
        JsonNode meeting = SimulatorFixture.json(created);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(meeting.get("id").asLong()).isGreaterThan(Integer.MAX_VALUE);
        assertThat(meeting.get("id").isIntegralNumber()).isTrue();
        assertThat(meeting.get("start_time").asText()).isEqualTo("2026-06-01T08:00:00Z");
        assertThat(meeting.get("timezone").asText()).isEqualTo("Europe/Paris");
        assertThat(meeting.get("start_url").asText()).contains("zak=");
        assertThat(meeting.get("registration_url").asText()).isNotBlank();

        HttpResponse<String> utc = fixture.send(token, "POST", "/v2/users/me/meetings",
                "{\"topic\":\"UTC\",\"start_time\":\"2026-06-01T10:00:00Z\",\"timezone\":\"Europe/Paris\",\"password\":\"abc12345\"}");
        assertThat(SimulatorFixture.json(utc).get("start_time").asText()).isEqualTo("2026-06-01T10:00:00Z");
    }

    /** alternative hosts that are deleted, basic or inactive are named in errors[]. */
    @Test
    void invalidAlternativeHostsAreListed() throws Exception {
        HttpResponse<String> response = fixture.send(token, "POST", "/v2/users/me/meetings", """
                {"topic": "E-7", "password": "abc12345",
                 "settings": {"alternative_hosts": "gone@example.com,basic@example.com;off@example.com,d@example.com"}}
                """);
        JsonNode body = SimulatorFixture.json(response);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body.get("code").asInt()).isEqualTo(300);
        List<String> messages = new ArrayList<>();
        body.get("errors").forEach(error -> messages.add(error.get("field").asText() + ": " + error.get("message").asText()));
        assertThat(messages).hasSize(4);
        assertThat(messages).allMatch(message -> message.startsWith("settings.alternative_hosts"));
        assertThat(String.join("\n", messages)).contains("gone@example.com", "basic@example.com", "off@example.com", "d@example.com");
    }

    /** "123456" breaks the policy (length 8, letter and number). */
    @Test
    void passcodePolicyRejectsWeakPasscode() throws Exception {
        HttpResponse<String> response = fixture.send(token, "POST", "/v2/users/me/meetings", "{\"topic\":\"x\",\"password\":\"123456\"}");
        JsonNode body = SimulatorFixture.json(response);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body.get("errors").get(0).get("field").asText()).isEqualTo("password");

        HttpResponse<String> tooLong = fixture.send(token, "POST", "/v2/users/me/meetings", "{\"topic\":\"x\",\"password\":\"abcdefgh1234\"}");
        assertThat(tooLong.statusCode()).isEqualTo(400);

        JsonNode generated = SimulatorFixture.json(fixture.send(token, "POST", "/v2/users/me/meetings", "{\"topic\":\"x\"}"));
        assertThat(generated.get("password").asText()).hasSize(8).containsPattern("[a-zA-Z]").containsPattern("[0-9]");
    }

    @Test
    void usePmiRunsOnPersonalMeetingId() throws Exception {
        JsonNode meeting = SimulatorFixture.json(fixture.send(token, "POST", "/v2/users/me/meetings",
                "{\"topic\":\"pmi\",\"password\":\"abc12345\",\"settings\":{\"use_pmi\":true}}"));

        assertThat(meeting.get("id").asLong()).isEqualTo(5550001234L);
        assertThat(meeting.get("pmi").asText()).isEqualTo("5550001234");
    }

    @Test
    void updateDeleteAndHostChange() throws Exception {
        long id = SimulatorFixture.json(fixture.send(token, "POST", "/v2/users/me/meetings",
                "{\"topic\":\"t\",\"password\":\"abc12345\"}")).get("id").asLong();

        assertThat(fixture.send(token, "PATCH", "/v2/meetings/" + id, "{\"topic\":\"renamed\"}").statusCode()).isEqualTo(204);
        assertThat(SimulatorFixture.json(fixture.get(token, "/v2/meetings/" + id)).get("topic").asText()).isEqualTo("renamed");
        assertThat(SimulatorFixture.json(fixture.get(token, "/v2/meetings/" + id)).get("status").asText()).isEqualTo("waiting");

        HttpResponse<String> hostChange = fixture.send(token, "PATCH", "/v2/meetings/" + id, "{\"schedule_for\":\"h@example.com\"}");
        assertThat(hostChange.statusCode()).isEqualTo(400);
        assertThat(SimulatorFixture.json(hostChange).get("code").asInt()).isEqualTo(3000);

        assertThat(fixture.send(token, "DELETE", "/v2/meetings/" + id, null).statusCode()).isEqualTo(204);
        HttpResponse<String> gone = fixture.get(token, "/v2/meetings/" + id);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(SimulatorFixture.json(gone).get("code").asInt()).isEqualTo(3001);
    }

    @Test
    void webinarNeedsLicense() throws Exception {
        HttpResponse<String> refused = fixture.send(token, "POST", "/v2/users/e@example.com/webinars", "{\"topic\":\"w\"}");
        assertThat(refused.statusCode()).isEqualTo(400);

        HttpResponse<String> created = fixture.send(token, "POST", "/v2/users/h@example.com/webinars", "{\"topic\":\"w\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(SimulatorFixture.json(created).get("type").asInt()).isEqualTo(5);
    }

    @Test
    void registrantsAndTemplates() throws Exception {
        long id = SimulatorFixture.json(fixture.send(token, "POST", "/v2/users/me/meetings",
                "{\"topic\":\"r\",\"password\":\"abc12345\",\"settings\":{\"approval_type\":0}}")).get("id").asLong();

        HttpResponse<String> added = fixture.send(token, "POST", "/v2/meetings/" + id + "/registrants",
                "{\"email\":\"learner3@example.com\",\"first_name\":\"Lee\",\"last_name\":\"Learner\"}");
        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(SimulatorFixture.json(added).get("registrant_id").asText()).isNotBlank();
        JsonNode list = SimulatorFixture.json(fixture.get(token, "/v2/meetings/" + id + "/registrants"));
        assertThat(list.get("registrants").get(0).get("email").asText()).isEqualTo("learner3@example.com");

        String registrantPath = "/v2/meetings/" + id + "/registrants/" + SimulatorFixture.json(added).get("registrant_id").asText();
        assertThat(fixture.send(token, "DELETE", registrantPath, null).statusCode()).isEqualTo(204);
        JsonNode afterDelete = SimulatorFixture.json(fixture.get(token, "/v2/meetings/" + id + "/registrants"));
        assertThat(afterDelete.get("registrants")).isEmpty();
        assertThat(fixture.send(token, "DELETE", registrantPath, null).statusCode()).isEqualTo(404);

        JsonNode templates = SimulatorFixture.json(fixture.get(token, "/v2/users/me/meeting_templates"));
        assertThat(templates.get("templates").get(0).get("id").asText()).isEqualTo("tpl-1");
    }

    /** the status sequence 503, 429, 401/124, 404/1001, 404/3001, 200 for one meeting. */
    @Test
    void injectedStatusSequence() throws Exception {
        long id = SimulatorFixture.json(fixture.send(token, "POST", "/v2/users/me/meetings",
                "{\"topic\":\"e2\",\"password\":\"abc12345\"}")).get("id").asLong();
        String path = "/v2/meetings/" + id;
        addStatus(path, 503, null);
        FaultRule rateLimit = new FaultRule();
        rateLimit.kind = FaultRule.Kind.RATE_LIMIT;
        rateLimit.pathPattern = path;
        fixture.simulator.control().addFault(rateLimit);
        addStatus(path, 401, 124);
        addStatus(path, 404, 1001);
        addStatus(path, 404, 3001);

        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> response = fixture.get(token, path);
            String code = response.statusCode() >= 400 && response.body().startsWith("{")
                    ? "/" + SimulatorFixture.json(response).get("code").asInt() : "";
            answers.add(response.statusCode() + code);
        }
        assertThat(answers).containsExactly("503", "429/429", "401/124", "404/1001", "404/3001", "200");
    }

    private static void addStatus(String path, int status, Integer code) {
        FaultRule rule = new FaultRule();
        rule.pathPattern = path;
        rule.method = "GET";
        rule.status = status;
        rule.code = code;
        fixture.simulator.control().addFault(rule);
    }

    /** 100 writes per host per UTC day, documented 429 headers, reset at 00:00 UTC. */
    @Test
    void dailyWriteLimit() throws Exception {
        fixture.simulator.control().setClock(Instant.parse("2026-05-02T23:00:00Z"));
        token = fixture.adminToken();
        String host = "/v2/users/h@example.com/meetings";
        int created = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 101; i++) {
            last = fixture.send(token, "POST", host, "{\"topic\":\"d" + i + "\"}");
            if (last.statusCode() == 201) {
                created++;
            }
            fixture.simulator.control().advanceClock(Duration.ofMillis(100));
        }

        assertThat(created).isEqualTo(100);
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("X-RateLimit-Type")).hasValue("Daily-limit");
        assertThat(last.headers().firstValue("Retry-After")).hasValue("2026-05-03T00:00:00Z");
        assertThat(last.headers().firstValue("X-RateLimit-Category")).isPresent();

        fixture.simulator.control().rateLimits().dailyVariant = DailyLimitVariant.HEADERLESS;
        HttpResponse<String> headerless = fixture.send(token, "POST", host, "{\"topic\":\"x\"}");
        assertThat(headerless.statusCode()).isEqualTo(429);
        assertThat(headerless.headers().firstValue("Retry-After")).isEmpty();
        assertThat(headerless.headers().firstValue("X-RateLimit-Type")).isEmpty();
        assertThat(SimulatorFixture.json(headerless).get("code").asInt()).isEqualTo(429);
        fixture.simulator.control().rateLimits().dailyVariant = DailyLimitVariant.DOCUMENTED;

        fixture.simulator.control().setClock(Instant.parse("2026-05-03T00:00:00Z"));
        token = fixture.adminToken();
        assertThat(fixture.send(token, "POST", host, "{\"topic\":\"after reset\"}").statusCode()).isEqualTo(201);
    }

    /** when deletes count, 50 replacements (create plus delete) use up the 100 writes. */
    @Test
    void dailyLimitCanCountDeletes() throws Exception {
        fixture.simulator.control().setClock(Instant.parse("2026-05-09T10:00:00Z"));
        token = fixture.adminToken();
        fixture.simulator.control().rateLimits().dailyLimitCountsDeletes = true;
        int replaced = 0;
        for (int i = 0; i < 51; i++) {
            HttpResponse<String> created = fixture.send(token, "POST", "/v2/users/u-h/meetings", "{\"topic\":\"r" + i + "\"}");
            if (created.statusCode() != 201) {
                break;
            }
            long id = SimulatorFixture.json(created).get("id").asLong();
            if (fixture.send(token, "DELETE", "/v2/meetings/" + id, null).statusCode() != 204) {
                break;
            }
            replaced++;
            fixture.simulator.control().advanceClock(Duration.ofMillis(100));
        }
        fixture.simulator.control().rateLimits().dailyLimitCountsDeletes = false;

        assertThat(replaced).isEqualTo(50);
    }

    @Test
    void perSecondLimitAnswersQps429() throws Exception {
        fixture.simulator.control().setClock(Instant.parse("2026-05-04T10:00:00Z"));
        token = fixture.adminToken();
        HttpResponse<String> last = null;
        for (int i = 0; i < 81; i++) {
            last = fixture.get(token, "/v2/users/me");
        }

        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("X-RateLimit-Type")).hasValue("QPS");
        assertThat(last.headers().firstValue("X-RateLimit-Category")).hasValue("Light");
        fixture.simulator.control().advanceClock(Duration.ofSeconds(1));
        assertThat(fixture.get(token, "/v2/users/me").statusCode()).isEqualTo(200);
    }

    @Test
    void injectedLatencyDelaysAnswer() throws IOException, InterruptedException {
        FaultRule rule = new FaultRule();
        rule.kind = FaultRule.Kind.LATENCY;
        rule.latencyMs = 300;
        rule.pathPattern = "/v2/users/u-e";
        fixture.simulator.control().addFault(rule);

        long started = System.nanoTime();
        assertThat(fixture.get(token, "/v2/users/u-e").statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }
}
