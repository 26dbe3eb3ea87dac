package org.viltzoom.kernel.rest;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finder of the path or query parameter whose value failed to convert. JAX-RS does not name the
 * parameter, so the rejected value is read from the conversion error, and only a parameter with
 * exactly that value is named.
 */
final class UnconvertibleParameter {

    // Integer.parseInt writes 'For input string: "abc"', and UUID.fromString 'Invalid UUID string: abc'.
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern AFTER_COLON = Pattern.compile(":\\s*(\\S+)\\s*$");

    private UnconvertibleParameter() {
    }

    static List<FieldViolation> violations(Throwable conversionFailure, UriInfo uri) {
        Optional<String> rejected = rejectedValue(conversionFailure);
        if (rejected.isEmpty()) {
            return List.of();
        }

        List<FieldViolation> violations = new ArrayList<>();
        addMatches(uri.getPathParameters(), rejected.get(), violations);
        addMatches(uri.getQueryParameters(), rejected.get(), violations);
        return violations;
    }

    private static Optional<String> rejectedValue(Throwable failure) {
        if (failure instanceof DateTimeParseException parse) {
            return Optional.ofNullable(parse.getParsedString());
        }

        String message = failure.getMessage();
        if (message == null) {
            return Optional.empty();
        }
        Matcher quoted = QUOTED.matcher(message);
        if (quoted.find()) {
            return Optional.of(quoted.group(1));
        }
        Matcher afterColon = AFTER_COLON.matcher(message);
        return afterColon.find() ? Optional.of(afterColon.group(1)) : Optional.empty();
    }

    private static void addMatches(MultivaluedMap<String, String> parameters, String rejected,
                                   List<FieldViolation> violations) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (parameter.getValue().contains(rejected)) {
                violations.add(new FieldViolation(parameter.getKey(), "invalid-value",
                        parameter.getKey() + " has an invalid value: '" + rejected + "'."));
            }
        }
    }
}
