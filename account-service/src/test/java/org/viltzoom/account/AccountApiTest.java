package org.viltzoom.account;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.viltzoom.account.AccountApi.admin;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.viltzoom.kernel.testing.ZoomSimulatorTestResource;
import org.viltzoom.localstack.LocalStackTestResource;

@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "service", value = "account"))
@QuarkusTestResource(ZoomSimulatorTestResource.class)
class AccountApiTest {

    private final String platform = "p-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void newAccountNeedsPairing() {
        admin(platform).body(Map.of("name", "  Main Zoom  ", "description", "Training rooms"))
                .post("/api/v1/platforms/{platform}/accounts", platform)
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Main Zoom"))
                .body("status", equalTo("PAIRING_REQUIRED"))
                .body("limits.maxSessionsPerCourse", nullValue())
                .body("limits.maxConcurrentRooms", nullValue())
                .body("advancedSettings.mandatoryRegistration", equalTo(false))
                .body("version", equalTo(1));
    }

    @Test
    void blankNameIsAFieldError() {
        admin(platform).body(Map.of("name", "   "))
                .post("/api/v1/platforms/{platform}/accounts", platform)
                .then().statusCode(400)
                .body("code", equalTo("validation-failed"))
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].code", equalTo("name-missing"));
    }

    @Test
    void nameOver255CharactersIsAFieldError() {
        admin(platform).body(Map.of("name", "n".repeat(256)))
                .post("/api/v1/platforms/{platform}/accounts", platform)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].code", equalTo("too-long"));
    }

    @Test
    void limitsOutside1To999AreFieldErrors() {
        String id = AccountApi.create(platform, "Limits");

        for (int invalid : new int[] {0, 1000, -5}) {
            admin(platform).header("If-Match", AccountApi.etag(platform, id))
                    .body(Map.of("maxSessionsPerCourse", invalid))
                    .put("/api/v1/platforms/{platform}/accounts/{id}/limits", platform, id)
                    .then().statusCode(400)
                    .body("errors[0].field", equalTo("maxSessionsPerCourse"))
                    .body("errors[0].code", equalTo("limit-out-of-range"));
        }
    }

    @Test
    void limitsAcceptBoundsAndNull() {
        String id = AccountApi.create(platform, "Bounds");
        Map<String, Object> limits = new HashMap<>();
        limits.put("maxSessionsPerCourse", 1);
        limits.put("maxSessionsPerAccount", 999);
        limits.put("maxConcurrentRooms", null);

        admin(platform).header("If-Match", AccountApi.etag(platform, id)).body(limits)
                .put("/api/v1/platforms/{platform}/accounts/{id}/limits", platform, id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("limits.maxSessionsPerCourse", equalTo(1))
                .body("limits.maxSessionsPerAccount", equalTo(999))
                .body("limits.maxConcurrentRooms", nullValue());
    }

    @Test
    void changeWithoutIfMatchIsRejected() {
        String id = AccountApi.create(platform, "No precondition");

        admin(platform).body(Map.of("name", "Renamed"))
                .put("/api/v1/platforms/{platform}/accounts/{id}", platform, id)
                .then().statusCode(428)
                .body("code", equalTo("if-match-required"));
    }

    @Test
    void changeOfAStaleVersionIsRejected() {
        String id = AccountApi.create(platform, "Stale");
        String firstEtag = AccountApi.etag(platform, id);
        admin(platform).header("If-Match", firstEtag).body(Map.of("name", "First"))
                .put("/api/v1/platforms/{platform}/accounts/{id}", platform, id)
                .then().statusCode(200);

        admin(platform).header("If-Match", firstEtag).body(Map.of("name", "Second"))
                .put("/api/v1/platforms/{platform}/accounts/{id}", platform, id)
                .then().statusCode(412)
                .body("code", equalTo("version-mismatch"))
                .body("currentVersion", equalTo(2));
    }

    @Test
    void mandatoryAuthenticationNeedsAnOption() {
        String id = AccountApi.create(platform, "Auth");

        admin(platform).header("If-Match", AccountApi.etag(platform, id))
                .body(Map.of("mandatoryRegistration", true, "mandatoryAuthentication", true))
                .put("/api/v1/platforms/{platform}/accounts/{id}/advanced-settings", platform, id)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("authenticationOption"));

        admin(platform).header("If-Match", AccountApi.etag(platform, id))
                .body(Map.of("mandatoryRegistration", true, "mandatoryAuthentication", true,
                        "authenticationOption", "signIn_D8cJuqWVQ623CI4Q8yQK0Q"))
                .put("/api/v1/platforms/{platform}/accounts/{id}/advanced-settings", platform, id)
                .then().statusCode(200)
                .body("advancedSettings.mandatoryAuthentication", equalTo(true))
                .body("advancedSettings.authenticationOption", equalTo("signIn_D8cJuqWVQ623CI4Q8yQK0Q"));
    }

    @Test
    void listIsPaginatedOldestFirst() {
        for (int i = 1; i <= 5; i++) {
            AccountApi.create(platform, "Account " + i);
        }

        admin(platform).queryParam("page", 1).queryParam("size", 2)
                .get("/api/v1/platforms/{platform}/accounts", platform)
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("items", hasSize(2))
                .body("items[0].name", equalTo("Account 3"))
                .body("items[1].name", equalTo("Account 4"));

        admin(platform).queryParam("size", 500)
                .get("/api/v1/platforms/{platform}/accounts", platform)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void accountOfAnotherPlatformIsNotFound() {
        String id = AccountApi.create(platform, "Private");
        String otherPlatform = platform + "-other";

        AccountApi.get(otherPlatform, id).then().statusCode(404).body("code", equalTo("account-not-found"));
        admin(otherPlatform).get("/api/v1/platforms/{platform}/accounts", otherPlatform)
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void tokenOfAnotherPlatformIsForbidden() {
        String id = AccountApi.create(platform, "Scoped");

        admin("sandbox").get("/api/v1/platforms/{platform}/accounts/{id}", platform, id)
                .then().statusCode(403).body("code", equalTo("platform-forbidden"));
    }

    @Test
    void instructorCannotAdministerAccounts() {
        io.restassured.RestAssured.given()
                .auth().oauth2(LocalStackTestResource.issuer().token("teacher", platform, "vilt-instructor"))
                .get("/api/v1/platforms/{platform}/accounts", platform)
                .then().statusCode(403).body("code", equalTo("forbidden"));
    }

    @Test
    void deleteRemovesCurrentVersion() {
        String id = AccountApi.create(platform, "Short-lived");

        admin(platform).header("If-Match", AccountApi.etag(platform, id))
                .delete("/api/v1/platforms/{platform}/accounts/{id}", platform, id)
                .then().statusCode(204);

        AccountApi.get(platform, id).then().statusCode(404);
    }

    @Test
    void malformedAccountIdIsABadRequest() {
        admin(platform).get("/api/v1/platforms/{platform}/accounts/not-a-uuid", platform)
                .then().statusCode(400)
                .body("code", equalTo("invalid-parameter"));
    }

    @Test
    void openApiDocumentsTheAccountApi() {
        io.restassured.RestAssured.given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.keySet()", hasItem("/api/v1/platforms/{platform}/accounts/{accountId}/limits"))
                .body("components.schemas.Account", notNullValue());
    }
}
