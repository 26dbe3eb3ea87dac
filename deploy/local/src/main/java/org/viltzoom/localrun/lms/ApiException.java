package org.viltzoom.localrun.lms;

/** A service returned a status the LMS did not expect. */
public final class ApiException extends RuntimeException {

    private final transient ApiResponse response;

    ApiException(ApiResponse response) {
        super(response.method() + " " + response.uri() + " returned " + response.status() + ": " + abbreviated(response.body()));
        this.response = response;
    }

    ApiResponse response() {
        return response;
    }

    private static String abbreviated(String body) {
        if (body == null || body.isBlank()) {
            return "(no body)";
        }
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
    }
}
