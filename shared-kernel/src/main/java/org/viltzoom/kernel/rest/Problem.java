package org.viltzoom.kernel.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem details body. {@code code} is stable and meant for programs; {@code detail}
 * is for people. {@code type} is a URN derived from the code, since the suite has no web site
 * that could document problem types.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String code,
        List<FieldViolation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String code, String title, String detail, List<FieldViolation> errors) {
        return new Problem("urn:vilt-zoom:problem:" + code, title, status, detail, null, code,
                errors == null ? List.of() : List.copyOf(errors));
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, code, errors);
    }
}
