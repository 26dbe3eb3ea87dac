package org.viltzoom.account;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.viltzoom.account.AccountApi.admin;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.viltzoom.kernel.testing.ZoomSimulatorTestResource;
import org.viltzoom.localstack.LocalStackTestResource;

@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "service", value = "account"))
@QuarkusTestResource(ZoomSimulatorTestResource.class)
class TemplatesTest {

    private final String platform = "p-" + UUID.randomUUID().toString().substring(0, 8);
    private ZoomSeed zoom;
    private String id;

    @BeforeEach
    void pairAnAccount() throws Exception {
        zoom = new ZoomSeed().apply();
        id = AccountApi.create(platform, "Main");
        AccountApi.pairWithOAuth(platform, id, zoom.owner, false).then().statusCode(200);
    }

    @Test
    void listsTheTemplatesOfTheAuthorizingUser() {
        admin(platform).get("/api/v1/platforms/{platform}/accounts/{id}/templates", platform, id)
                .then().statusCode(200)
                .body("", hasSize(2))
                .body("find { it.id == '%s' }.name".formatted(zoom.template(1)), equalTo("Training"))
                .body("find { it.id == '%s' }.enabled".formatted(zoom.template(1)), equalTo(false));
    }

    @Test
    void enablesASubsetAndChoosesTheDefault() {
        admin(platform).header("If-Match", AccountApi.etag(platform, id))
                .body(Map.of("enabledTemplateIds", List.of(zoom.template(1)), "defaultTemplateId", zoom.template(1)))
                .put("/api/v1/platforms/{platform}/accounts/{id}/templates", platform, id)
                .then().statusCode(200)
                .body("templates.enabledTemplateIds", equalTo(List.of(zoom.template(1))))
                .body("templates.defaultTemplateId", equalTo(zoom.template(1)));

        admin(platform).get("/api/v1/platforms/{platform}/accounts/{id}/templates", platform, id)
                .then().body("find { it.id == '%s' }.isDefault".formatted(zoom.template(1)), equalTo(true))
                .body("find { it.id == '%s' }.enabled".formatted(zoom.template(2)), equalTo(false));
    }

    @Test
    void unknownTemplateIsAFieldError() {
        admin(platform).header("If-Match", AccountApi.etag(platform, id))
                .body(Map.of("enabledTemplateIds", List.of("tpl-that-zoom-does-not-have")))
                .put("/api/v1/platforms/{platform}/accounts/{id}/templates", platform, id)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("enabledTemplateIds"))
                .body("errors[0].code", equalTo("unknown-template"));
    }

    @Test
    void defaultMustBeEnabled() {
        admin(platform).header("If-Match", AccountApi.etag(platform, id))
                .body(Map.of("enabledTemplateIds", List.of(zoom.template(1)), "defaultTemplateId", zoom.template(2)))
                .put("/api/v1/platforms/{platform}/accounts/{id}/templates", platform, id)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("defaultTemplateId"));
    }

    @Test
    void unpairedAccountCannotListTemplates() {
        admin(platform).post("/api/v1/platforms/{platform}/accounts/{id}/unpair", platform, id).then().statusCode(200);

        admin(platform).get("/api/v1/platforms/{platform}/accounts/{id}/templates", platform, id)
                .then().statusCode(409)
                .body("code", equalTo("account-not-paired"));
    }
}
