package org.viltzoom.kernel.rest;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem details body. {@code code} is stable and meant for programs; {@code detail}
 * is for people. {@code type} is a URN derived from the code, since the suite has no web site
 * that could document problem types. {@code extensions} become top-level members, as RFC 9457
 * allows, for facts a program needs, such as the account that has a pairing.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String code,
        List<FieldViolation> errors,
        @JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String code, String title, String detail, List<FieldViolation> errors) {
        return new Problem("urn:vilt-zoom:problem:" + code, title, status, detail, null, code,
                errors == null ? List.of() : List.copyOf(errors), Map.of());
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, code, errors, extensions);
    }

    public Problem withExtensions(Map<String, Object> members) {
        return new Problem(type, title, status, detail, instance, code, errors, Map.copyOf(members));
    }

    @JsonAnyGetter
    Map<String, Object> extensionMembers() {
        return extensions;
    }
}
