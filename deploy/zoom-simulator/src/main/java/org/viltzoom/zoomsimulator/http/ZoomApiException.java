package org.viltzoom.zoomsimulator.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.viltzoom.zoomsimulator.Json;

/**
 * An error answer of the REST API: HTTP status plus Zoom's body {@code {"code", "message"}},
 * with {@code errors[{field, message}]} for validation failures (Zoom API reference: Error
 * definitions).
 */
public class ZoomApiException extends RuntimeException {

    /** Zoom's code for a failed request validation; the body then lists the fields. */
    public static final int VALIDATION_FAILED = 300;

    private final int status;
    private final int code;
    private final List<FieldError> errors;

    public ZoomApiException(int status, int code, String message) {
        this(status, code, message, List.of());
    }

    public ZoomApiException(int status, int code, String message, List<FieldError> errors) {
        super(message);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public static ZoomApiException validation(List<FieldError> errors) {
        return new ZoomApiException(400, VALIDATION_FAILED, "Validation Failed.", errors);
    }

    public static ZoomApiException userNotFound(String userId) {
        return new ZoomApiException(404, 1001, "User does not exist: " + userId + ".");
    }

    public static ZoomApiException meetingNotFound(String meetingId) {
        return new ZoomApiException(404, 3001, "Meeting does not exist: " + meetingId + ".");
    }

    public int status() {
        return status;
    }

    public int code() {
        return code;
    }

    public ObjectNode body() {
        ObjectNode body = Json.object();
        body.put("code", code);
        body.put("message", getMessage());
        if (!errors.isEmpty()) {
            ArrayNode list = body.putArray("errors");
            for (FieldError error : errors) {
                list.addObject().put("field", error.field()).put("message", error.message());
            }
        }
        return body;
    }
}
