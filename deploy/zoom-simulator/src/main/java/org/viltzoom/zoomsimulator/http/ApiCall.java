package org.viltzoom.zoomsimulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.util.List;
import org.viltzoom.zoomsimulator.Json;
import org.viltzoom.zoomsimulator.oauth.TokenGrant;

/** One authenticated REST call: the routing context, the caller's token grant and the parsed body. */
public class ApiCall {

    private final RoutingContext context;
    private final TokenGrant grant;

    public ApiCall(RoutingContext context, TokenGrant grant) {
        this.context = context;
        this.grant = grant;
    }

    public TokenGrant grant() {
        return grant;
    }

    public String pathParam(String name) {
        return context.pathParam(name);
    }

    /** Returns the raw path, with percent-encoding intact, for parameters that may be encoded twice. */
    public String rawPath() {
        return context.request().path();
    }

    public String query(String name) {
        return context.request().getParam(name);
    }

    public int queryInt(String name, int fallback) {
        String value = query(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ZoomApiException.validation(List.of(new FieldError(name, "Invalid number: " + value)));
        }
    }

    /** Returns the request body as a JSON object, or throws Zoom's 400 code 300 when it is not one. */
    public ObjectNode jsonBody() {
        String text = context.body().asString();
        if (text == null || text.isBlank()) {
            return Json.object();
        }
        try {
            JsonNode node = Json.MAPPER.readTree(text);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (IOException e) {
            // Falls through to the error below, which is the answer Zoom gives for malformed JSON.
        }
        throw new ZoomApiException(400, 300, "Request Body should be a valid JSON object.");
    }
}
