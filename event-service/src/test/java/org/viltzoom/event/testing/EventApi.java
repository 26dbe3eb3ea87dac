package org.viltzoom.event.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.viltzoom.kernel.testing.TokenBrokerStandIn;
import org.viltzoom.localstack.LocalStackTestResource;

/** Calls event-service as an LMS would, with tokens of the tests' OIDC issuer. */
public final class EventApi {

    public static final String PATH = "/api/v1/platforms/{platform}/training-events";

    private EventApi() {
    }

    public static RequestSpecification as(String subject, String role) {
        return given().auth().oauth2(LocalStackTestResource.issuer().token(subject, ZoomWorld.PLATFORM, role))
                .contentType(ContentType.JSON);
    }

    public static RequestSpecification admin() {
        return as("lms-admin", "vilt-admin");
    }

    public static TokenBrokerStandIn broker() {
        return EventTestResources.broker();
    }

    public static Response create(Map<String, Object> body) {
        return admin().body(body).post(PATH, ZoomWorld.PLATFORM);
    }

    /** Creates the event, expecting success, and returns its id. */
    public static String created(Map<String, Object> body) {
        return create(body).then().statusCode(201).extract().path("id");
    }

    public static Response get(String id) {
        return admin().get(PATH + "/{id}", ZoomWorld.PLATFORM, id);
    }

    public static String etag(String id) {
        return get(id).then().statusCode(200).extract().header("ETag");
    }

    public static Response edit(String id, Map<String, Object> body) {
        return admin().header("If-Match", etag(id)).body(body).put(PATH + "/{id}", ZoomWorld.PLATFORM, id);
    }

    public static Response cancel(String id) {
        return admin().header("If-Match", etag(id)).delete(PATH + "/{id}", ZoomWorld.PLATFORM, id);
    }
}
