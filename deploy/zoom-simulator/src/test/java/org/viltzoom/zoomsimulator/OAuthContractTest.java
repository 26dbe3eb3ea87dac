package org.viltzoom.zoomsimulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OAuthContractTest {

    static SimulatorFixture fixture;

    @BeforeAll
    static void start() throws IOException {
        fixture = new SimulatorFixture();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void authorizeRedirectsWithCodeAndState() throws Exception {
        String url = fixture.base() + "/oauth/authorize?response_type=code&client_id=t1-client&redirect_uri="
                + SimulatorFixture.encode(SimulatorFixture.REDIRECT_URI) + "&state=abc%20def&sim_user=e%40example.com";
        HttpResponse<String> response = fixture.http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(SimulatorFixture.REDIRECT_URI + "?code=");
        assertThat(location).endsWith("&state=abc+def");
    }

    @Test
    void authorizeRejectsUnknownRedirectUri() throws Exception {
        String url = fixture.base() + "/oauth/authorize?response_type=code&client_id=t1-client&redirect_uri=https%3A%2F%2Fevil.example%2F";
        HttpResponse<String> response = fixture.http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("4709");
    }

    @Test
    void tokenResponseHasZoomFields() throws Exception {
        JsonNode token = fixture.authorize("t1-client", "t1-client-secret", "u-h");

        assertThat(token.get("token_type").asText()).isEqualTo("bearer");
        assertThat(token.get("expires_in").asLong()).isEqualTo(3599);
        assertThat(token.get("refresh_token").asText()).isNotBlank();
        assertThat(token.get("scope").asText()).contains("meeting:write:admin");
        assertThat(token.get("api_url").asText()).isEqualTo(fixture.base());
    }

    @Test
    void wrongClientSecretIsInvalidClient() throws Exception {
        HttpResponse<String> response = fixture.token("t1-client", "wrong", "grant_type=refresh_token&refresh_token=x");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(SimulatorFixture.json(response).get("error").asText()).isEqualTo("invalid_client");
    }

    @Test
    void codeIsSingleUse() throws Exception {
        String url = fixture.base() + "/oauth/authorize?response_type=code&client_id=t1-client&redirect_uri="
                + SimulatorFixture.encode(SimulatorFixture.REDIRECT_URI) + "&sim_user=u-e";
        String location = fixture.http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .headers().firstValue("Location").orElseThrow();
        String form = "grant_type=authorization_code&code=" + location.replaceAll(".*code=([^&]+).*", "$1")
                + "&redirect_uri=" + SimulatorFixture.encode(SimulatorFixture.REDIRECT_URI);

        assertThat(fixture.token("t1-client", "t1-client-secret", form).statusCode()).isEqualTo(200);
        HttpResponse<String> second = fixture.token("t1-client", "t1-client-secret", form);
        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(SimulatorFixture.json(second).get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void refreshRotatesAndRejectsOldToken() throws Exception {
        JsonNode first = fixture.authorize("t2-client", "t2-client-secret", "u-e");
        String r1 = first.get("refresh_token").asText();

        HttpResponse<String> refreshed = fixture.token("t2-client", "t2-client-secret", "grant_type=refresh_token&refresh_token=" + r1);
        assertThat(refreshed.statusCode()).isEqualTo(200);
        String r2 = SimulatorFixture.json(refreshed).get("refresh_token").asText();
        assertThat(r2).isNotEqualTo(r1);

        HttpResponse<String> reused = fixture.token("t2-client", "t2-client-secret", "grant_type=refresh_token&refresh_token=" + r1);
        assertThat(reused.statusCode()).isEqualTo(400);
        assertThat(SimulatorFixture.json(reused).get("error").asText()).isEqualTo("invalid_grant");
        assertThat(fixture.token("t2-client", "t2-client-secret", "grant_type=refresh_token&refresh_token=" + r2).statusCode()).isEqualTo(200);
    }

    /** the refresh reaches Zoom, the response is lost, and the retry with R1 is rejected. */
    @Test
    void lostTokenResponseStillRotates() throws Exception {
        JsonNode first = fixture.authorize("t2-client", "t2-client-secret", "u-h");
        String r1 = first.get("refresh_token").asText();
        fixture.simulator.control().loseNextTokenResponses(1);

        assertThatThrownBy(() -> fixture.token("t2-client", "t2-client-secret", "grant_type=refresh_token&refresh_token=" + r1))
                .isInstanceOf(IOException.class);

        HttpResponse<String> retry = fixture.token("t2-client", "t2-client-secret", "grant_type=refresh_token&refresh_token=" + r1);
        assertThat(retry.statusCode()).isEqualTo(400);
        assertThat(SimulatorFixture.json(retry).get("error").asText()).isEqualTo("invalid_grant");
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (fixture.simulator.control().requests().stream().noneMatch(entry -> entry.status() == 0) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(fixture.simulator.control().requests())
                .anyMatch(entry -> entry.path().equals("/oauth/token") && entry.status() == 0);
    }

    @Test
    void reauthorizingRevokesOlderTokens() throws Exception {
        JsonNode first = fixture.authorize("t2-client", "t2-client-secret", "u-basic");
        fixture.authorize("t2-client", "t2-client-secret", "u-basic");

        HttpResponse<String> oldAccess = fixture.get(first.get("access_token").asText(), "/v2/users/me");
        assertThat(oldAccess.statusCode()).isEqualTo(401);
        assertThat(SimulatorFixture.json(oldAccess).get("code").asInt()).isEqualTo(124);
        HttpResponse<String> oldRefresh = fixture.token("t2-client", "t2-client-secret",
                "grant_type=refresh_token&refresh_token=" + first.get("refresh_token").asText());
        assertThat(SimulatorFixture.json(oldRefresh).get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void accessTokenExpiresOnTheClock() throws Exception {
        String token = fixture.authorize("t1-client", "t1-client-secret", "u-e").get("access_token").asText();
        assertThat(fixture.get(token, "/v2/users/me").statusCode()).isEqualTo(200);

        fixture.simulator.control().advanceClock(Duration.ofSeconds(3600));

        HttpResponse<String> expired = fixture.get(token, "/v2/users/me");
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(SimulatorFixture.json(expired).get("code").asInt()).isEqualTo(124);
    }

    @Test
    void revokeInvalidatesAccessToken() throws Exception {
        String token = fixture.authorize("t1-client", "t1-client-secret", "u-h").get("access_token").asText();
        HttpResponse<String> revoke = fixture.http.send(HttpRequest.newBuilder(URI.create(fixture.base() + "/oauth/revoke?token=" + token))
                .header("Authorization", SimulatorFixture.basic("t1-client", "t1-client-secret"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(revoke.statusCode()).isEqualTo(200);
        assertThat(fixture.get(token, "/v2/users/me").statusCode()).isEqualTo(401);
    }

    @Test
    void accountCredentialsGivesTokenWithoutRefresh() throws Exception {
        HttpResponse<String> response = fixture.token("s2s-client", "s2s-secret", "grant_type=account_credentials&account_id=acc-1");
        JsonNode token = SimulatorFixture.json(response);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(token.has("refresh_token")).isFalse();
        assertThat(fixture.get(token.get("access_token").asText(), "/v2/users/a@example.com").statusCode()).isEqualTo(200);
        HttpResponse<String> me = fixture.get(token.get("access_token").asText(), "/v2/users/me");
        assertThat(me.statusCode()).isEqualTo(404);
    }

    @Test
    void accountCredentialsRejectedForOAuthApp() throws Exception {
        HttpResponse<String> response = fixture.token("t1-client", "t1-client-secret", "grant_type=account_credentials&account_id=acc-1");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SimulatorFixture.json(response).get("error").asText()).isEqualTo("unsupported_grant_type");
    }

    /** A token without the scope an endpoint needs gets 400 code 4711, which names the scopes. */
    @Test
    void missingScopeIs4711() throws Exception {
        fixture.simulator.control().seed("""
                {"apps": [{"id": "narrow", "client_id": "narrow-client", "client_secret": "narrow-secret",
                  "redirect_uris": ["%s"], "scopes": ["user:read:admin"]}]}
                """.formatted(SimulatorFixture.REDIRECT_URI));
        String token = fixture.authorize("narrow-client", "narrow-secret", "u-a").get("access_token").asText();

        assertThat(fixture.get(token, "/v2/users/me").statusCode()).isEqualTo(200);
        HttpResponse<String> refused = fixture.send(token, "POST", "/v2/users/me/meetings", "{\"topic\":\"x\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode body = SimulatorFixture.json(refused);
        assertThat(body.get("code").asInt()).isEqualTo(4711);
        assertThat(body.get("message").asText()).contains("meeting:write:admin");
    }

    @Test
    void serverToServerTokensCoexist() throws Exception {
        String form = "grant_type=account_credentials&account_id=acc-1";
        String first = SimulatorFixture.json(fixture.token("s2s-client", "s2s-secret", form)).get("access_token").asText();
        String second = SimulatorFixture.json(fixture.token("s2s-client", "s2s-secret", form)).get("access_token").asText();
        assertThat(fixture.get(first, "/v2/users/u-a").statusCode()).isEqualTo(200);

        fixture.simulator.control().tokenLifetimes().serverToServerSingleToken = true;
        String third = SimulatorFixture.json(fixture.token("s2s-client", "s2s-secret", form)).get("access_token").asText();
        fixture.simulator.control().tokenLifetimes().serverToServerSingleToken = false;

        assertThat(fixture.get(first, "/v2/users/u-a").statusCode()).isEqualTo(401);
        assertThat(fixture.get(second, "/v2/users/u-a").statusCode()).isEqualTo(401);
        assertThat(fixture.get(third, "/v2/users/u-a").statusCode()).isEqualTo(200);
    }

    @Test
    void requestLogCountsTokenRequests() throws Exception {
        long before = fixture.simulator.control().countRequests("POST", "/oauth/token");
        fixture.token("s2s-client", "s2s-secret", "grant_type=account_credentials&account_id=acc-1");

        assertThat(fixture.simulator.control().countRequests("POST", "/oauth/token")).isEqualTo(before + 1);
    }

    @Test
    void controlRevocationRejectsToken() throws Exception {
        String token = fixture.authorize("t1-client", "t1-client-secret", "u-h").get("access_token").asText();
        fixture.simulator.control().revokeTokens("T1", "acc-1", "u-h");

        assertThat(fixture.get(token, "/v2/users/me").statusCode()).isEqualTo(401);
    }
}
