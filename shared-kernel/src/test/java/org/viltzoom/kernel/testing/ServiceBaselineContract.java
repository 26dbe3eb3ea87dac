package org.viltzoom.kernel.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.viltzoom.localstack.LocalIssuer;
import org.viltzoom.localstack.LocalStackTestResource;

/**
 * What every service must do from its first start: report health, expose metrics and OpenAPI,
 * and enforce authentication and platform scope. A service's test extends this class and adds
 * {@code @QuarkusTest} with {@code LocalStackTestResource}.
 */
public abstract class ServiceBaselineContract {

    protected static final String PLATFORM = "production";

    @BeforeAll
    static void logFailuresOnly() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    protected static LocalIssuer issuer() {
        return LocalStackTestResource.issuer();
    }

    @Test
    void readinessIsUpWithDatabaseAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void livenessAndStartupAreUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void requestWithoutTokenIsRejected() {
        given().when().get("/api/v1/platforms/{platform}/caller", PLATFORM)
                .then().statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("unauthenticated"));
    }

    @Test
    void expiredTokenIsRejected() {
        given().auth().oauth2(issuer().expiredToken("lms-admin", PLATFORM, "vilt-admin"))
                .when().get("/api/v1/platforms/{platform}/caller", PLATFORM)
                .then().statusCode(401);
    }

    @Test
    void tokenOfAnotherIssuerIsRejected() {
        String forged = org.viltzoom.localstack.LocalIssuer.generate().token("lms-admin", PLATFORM, "vilt-admin");
        given().auth().oauth2(forged)
                .when().get("/api/v1/platforms/{platform}/caller", PLATFORM)
                .then().statusCode(401);
    }

    @Test
    void tokenOfAnotherPlatformIsForbidden() {
        given().auth().oauth2(issuer().token("lms-admin", "sandbox", "vilt-admin"))
                .when().get("/api/v1/platforms/{platform}/caller", PLATFORM)
                .then().statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("platform-forbidden"));
    }

    @Test
    void tokenWithoutKnownRoleIsForbidden() {
        given().auth().oauth2(issuer().token("someone", PLATFORM, "other-role"))
                .when().get("/api/v1/platforms/{platform}/caller", PLATFORM)
                .then().statusCode(403)
                .body("code", equalTo("forbidden"));
    }

    @Test
    void tokenOfThePlatformIsAccepted() {
        given().auth().oauth2(issuer().token("lms-admin", PLATFORM, "vilt-admin"))
                .when().get("/api/v1/platforms/{platform}/caller", PLATFORM)
                .then().statusCode(200)
                .body("subject", equalTo("lms-admin"))
                .body("platforms", hasItem(PLATFORM))
                .body("roles", hasItem("vilt-admin"));
    }

    @Test
    void unknownPathIsProblemDetails() {
        given().auth().oauth2(issuer().token("lms-admin", PLATFORM, "vilt-admin"))
                .when().get("/api/v1/platforms/{platform}/no-such-resource", PLATFORM)
                .then().statusCode(404);
    }

    @Test
    void metricsAndOpenApiAreExposed() {
        given().when().get("/q/metrics").then().statusCode(200);
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/platforms/{platform}/caller"));
    }
}
