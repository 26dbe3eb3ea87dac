package org.viltzoom.kernel.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.viltzoom.localstack.LocalStackTestResource;

@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "service", value = "kernel"))
class ProblemDetailsTest {

    private static final String ECHO = "/api/v1/platforms/production/echo";

    private static RequestSpecification admin() {
        return given().auth().oauth2(LocalStackTestResource.issuer().token("lms-admin", "production", "vilt-admin"));
    }

    @Test
    void invalidFieldsAreListedWithStableCodes() {
        admin().contentType(ContentType.JSON)
                .body("{\"name\":\" \",\"limit\":1000,\"emails\":[\"ok@example.com\",\"not-an-email\"]}")
                .when().post(ECHO)
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("validation-failed"))
                .body("status", equalTo(400))
                .body("type", equalTo("urn:vilt-zoom:problem:validation-failed"))
                .body("instance", equalTo(ECHO))
                .body("errors.field", hasItems("name", "limit", "emails[1]"))
                .body("errors.find { it.field == 'limit' }.code", equalTo("max"));
    }

    @Test
    void invalidQueryParameterNamesTheParameter() {
        admin().when().get(ECHO + "?size=0")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("size"))
                .body("errors[0].code", equalTo("min"));
    }

    @Test
    void unconvertibleQueryParameterIsABadRequest() {
        admin().when().get(ECHO + "?size=abc")
                .then().statusCode(400)
                .body("code", equalTo("invalid-parameter"))
                .body("errors[0].field", equalTo("size"))
                .body("errors[0].code", equalTo("invalid-value"))
                .body("detail", equalTo("size has an invalid value: 'abc'."));
    }

    @Test
    void oversizedNumberNamesTheParameter() {
        admin().when().get(ECHO + "?size=99999999999999")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void unacceptableMediaTypeIsA406Problem() {
        admin().accept("application/xml").when().get(ECHO + "?size=5")
                .then().statusCode(406)
                .body("code", equalTo("not-acceptable"))
                .body("detail", equalTo(
                        "No representation of this resource matches the Accept header; send Accept: application/json."));
    }

    @Test
    void malformedJsonIsABadRequest() {
        admin().contentType(ContentType.JSON).body("{\"name\": ")
                .when().post(ECHO)
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("malformed-body"));
    }

    @Test
    void wrongTypeNamesTheField() {
        admin().contentType(ContentType.JSON).body("{\"name\":\"x\",\"limit\":\"many\"}")
                .when().post(ECHO)
                .then().statusCode(400)
                .body("code", equalTo("malformed-body"))
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void unknownFieldIsRejectedByName() {
        admin().contentType(ContentType.JSON).body("{\"name\":\"x\",\"limitt\":3}")
                .when().post(ECHO)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("limitt"))
                .body("detail", not(containsString("org.viltzoom")));
    }

    @Test
    void numberForTextIsRejected() {
        admin().contentType(ContentType.JSON).body("{\"name\":123}")
                .when().post(ECHO)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void fractionForIntegerIsRejected() {
        admin().contentType(ContentType.JSON).body("{\"name\":\"x\",\"limit\":1.7}")
                .when().post(ECHO)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void nulCharacterIsRejected() {
        admin().contentType(ContentType.JSON).body("{\"name\":\"a\\u0000b\"}")
                .when().post(ECHO)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void arrayForObjectHidesInternalNames() {
        admin().contentType(ContentType.JSON).body("[]")
                .when().post(ECHO)
                .then().statusCode(400)
                .body("code", equalTo("malformed-body"))
                .body("detail", not(containsString("EchoRequest")));
    }

    @Test
    void invalidPlatformIsABadRequest() {
        admin().when().get("/api/v1/platforms/ACME!!/echo")
                .then().statusCode(400)
                .body("code", equalTo("invalid-platform"))
                .body("detail", not(containsString("ACME")));
    }

    @Test
    void businessRefusalKeepsItsStatusAndCode() {
        admin().when().get(ECHO + "/refused")
                .then().statusCode(409)
                .body("code", equalTo("account-already-paired"))
                .body("detail", containsString("already paired"));
    }

    @Test
    void unexpectedErrorHidesItsDetail() {
        admin().when().get(ECHO + "/bug")
                .then().statusCode(500)
                .body("code", equalTo("internal-error"))
                .body("detail", not(containsString("internal detail")))
                .body("detail", matchesPattern(".*error id [0-9a-f-]{36}.*"));
    }

    @Test
    void unsupportedMediaTypeIsProblemDetails() {
        admin().contentType(ContentType.TEXT).body("name=x")
                .when().post(ECHO)
                .then().statusCode(415)
                .body("code", equalTo("unsupported-media-type"));
    }

    @Test
    void requestIdIsReturnedAndReused() {
        admin().header(RequestCorrelation.HEADER, "lms-req-42")
                .when().get(ECHO)
                .then().statusCode(200)
                .header(RequestCorrelation.HEADER, equalTo("lms-req-42"));

        admin().header(RequestCorrelation.HEADER, "bad id with spaces")
                .when().get(ECHO)
                .then().statusCode(200)
                .header(RequestCorrelation.HEADER, matchesPattern("[0-9a-f-]{36}"));
    }
}
