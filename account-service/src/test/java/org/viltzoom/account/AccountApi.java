package org.viltzoom.account;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.viltzoom.localstack.LocalStackTestResource;

/** Calls account-service as an LMS administrator would, and drives Zoom's consent page. */
final class AccountApi {

    /** Every Zoom access token a test received, for the check that none reached the log. */
    static final Set<String> ISSUED_TOKENS = ConcurrentHashMap.newKeySet();

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private AccountApi() {
    }

    static RequestSpecification admin(String platform) {
        return given().auth().oauth2(LocalStackTestResource.issuer().token("lms-admin", platform, "vilt-admin"))
                .contentType(ContentType.JSON);
    }

    static RequestSpecification service() {
        return given().auth().oauth2(LocalStackTestResource.issuer().tokenWithoutPlatform("host-service", "vilt-service"))
                .contentType(ContentType.JSON);
    }

    static String create(String platform, String name) {
        return admin(platform).body(Map.of("name", name))
                .post("/api/v1/platforms/{platform}/accounts", platform)
                .then().statusCode(201).extract().path("id");
    }

    static Response get(String platform, String accountId) {
        return admin(platform).get("/api/v1/platforms/{platform}/accounts/{id}", platform, accountId);
    }

    static String etag(String platform, String accountId) {
        return get(platform, accountId).then().statusCode(200).extract().header("ETag");
    }

    static Response startOAuthPairing(String platform, String accountId, boolean overwrite) {
        return admin(platform).body(Map.of("overwrite", overwrite))
                .post("/api/v1/platforms/{platform}/accounts/{id}/oauth-pairing", platform, accountId);
    }

    /** Opens Zoom's authorize URL as the given Zoom user and returns Zoom's redirect (code and state). */
    static URI consentAs(String authorizeUrl, String zoomUserId) throws Exception {
        HttpResponse<String> consent = HTTP.send(
                HttpRequest.newBuilder(URI.create(authorizeUrl + "&sim_user=" + zoomUserId)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (consent.statusCode() != 302) {
            throw new AssertionError("consent page answered " + consent.statusCode() + ": " + consent.body());
        }
        return URI.create(consent.headers().firstValue("Location").orElseThrow());
    }

    static Response callback(URI redirect) {
        Map<String, String> query = new java.util.HashMap<>();
        for (String pair : redirect.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(parts[0], java.net.URLDecoder.decode(parts[1], java.nio.charset.StandardCharsets.UTF_8));
        }
        return given().queryParams(query).get("/api/v1/zoom/oauth/callback");
    }

    /** Runs the whole OAuth flow and returns the callback's answer. */
    static Response pairWithOAuth(String platform, String accountId, String zoomUserId, boolean overwrite) throws Exception {
        String authorizeUrl = startOAuthPairing(platform, accountId, overwrite)
                .then().statusCode(200).extract().path("authorizeUrl");
        return callback(consentAs(authorizeUrl, zoomUserId));
    }

    static Response accessToken(String accountId, String rejectedToken) {
        Response response = service()
                .body(rejectedToken == null ? Map.of() : Map.of("rejectedAccessToken", rejectedToken))
                .post("/internal/v1/accounts/{id}/access-token", accountId);
        if (response.statusCode() == 200) {
            ISSUED_TOKENS.add(response.path("accessToken"));
        }
        return response;
    }
}
