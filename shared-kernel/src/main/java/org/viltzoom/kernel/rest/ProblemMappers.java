package org.viltzoom.kernel.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure at the REST edge into problem details with a stable code. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException exception, UriInfo uri) {
        return respond(exception.toProblem(), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException exception, UriInfo uri) {
        List<FieldViolation> violations = exception.getConstraintViolations().stream()
                .map(ProblemMappers::toFieldViolation)
                .sorted(Comparator.comparing(FieldViolation::field))
                .toList();
        return respond(ProblemException.invalidFields(violations).toProblem(), uri);
    }

    /**
     * Bodies that do not fit the expected types. Declared for the subclass too, because Quarkus
     * REST ships its own mapper for it with a body of another shape.
     */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mismatchedJson(MismatchedInputException exception, UriInfo uri) {
        return unreadableJson(exception, uri);
    }

    /**
     * Bodies that are not JSON or do not fit the expected types. The detail names the field but
     * not Jackson's message, which would show internal class names.
     */
    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException exception, UriInfo uri) {
        String field = exception instanceof JsonMappingException mapping ? jsonPath(mapping) : null;
        if (field == null || field.isEmpty()) {
            String detail = exception instanceof JsonMappingException
                    ? "The request body does not have the expected structure: send a JSON object as the API documents."
                    : "The request body is not valid JSON.";
            return respond(Problem.of(400, "malformed-body", "Malformed request body", detail, List.of()), uri);
        }

        String reason = exception instanceof UnrecognizedPropertyException
                ? "is not a field of this request"
                : "has a value of the wrong type or format";
        String detail = "Field '" + field + "' " + reason + ".";
        return respond(Problem.of(400, "malformed-body", "Malformed request body", detail,
                List.of(new FieldViolation(field, "invalid-value", detail))), uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException exception, UriInfo uri) {
        Problem problem = Problem.of(401, "unauthenticated", "Authentication required",
                "Send a valid OIDC bearer token in the Authorization header.", List.of());
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(uri.getPath()))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, UriInfo uri) {
        return respond(Problem.of(403, "forbidden", "Forbidden",
                "The caller's roles do not allow this operation.", List.of()), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception, UriInfo uri) {
        if (exception.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable, uri);
        }

        int status = exception.getResponse().getStatus();
        if (status == 404 && isConversionFailure(exception.getCause())) {
            // JAX-RS returns 404 when a path or query parameter cannot be converted, but the
            // caller sent an invalid value, which is a 400.
            List<FieldViolation> fields = UnconvertibleParameter.violations(exception.getCause(), uri);
            String detail = fields.size() == 1
                    ? fields.get(0).message()
                    : "A path or query parameter has an invalid value, for example a malformed id or number.";
            return respond(Problem.of(400, "invalid-parameter", "Invalid request", detail, fields), uri);
        }
        if (status == 406) {
            // Quarkus's own message names its @Produces annotation, which means nothing to a caller.
            return respond(Problem.of(406, "not-acceptable", "Not Acceptable",
                    "No representation of this resource matches the Accept header; send Accept: application/json.",
                    List.of()), uri);
        }
        if (status >= 500) {
            return unexpected(exception, uri);
        }
        String code = switch (status) {
            case 400 -> "invalid-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 412 -> "precondition-failed";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
        String title = Response.Status.fromStatusCode(status) == null
                ? "HTTP " + status
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        return respond(Problem.of(status, code, title, exception.getMessage(), List.of()), uri);
    }

    /** Anything else is a bug: log it with an id and return only that id. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable exception, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(exception, "Unexpected error errorId=%s path=%s", errorId, uri.getPath());
        return respond(Problem.of(500, "internal-error", "Internal server error",
                "The service failed unexpectedly; report error id " + errorId + ".", List.of()), uri);
    }

    private static boolean isConversionFailure(Throwable cause) {
        return cause instanceof IllegalArgumentException || cause instanceof java.time.format.DateTimeParseException;
    }

    private static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(uri.getPath()))
                .build();
    }

    private static FieldViolation toFieldViolation(ConstraintViolation<?> violation) {
        String code = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return new FieldViolation(fieldOf(violation.getPropertyPath()), kebab(code), violation.getMessage());
    }

    /**
     * Names the field of a violation as the client sent it: a method-validation path such as
     * {@code create.request.name} becomes {@code name}, and a constraint on a query or path
     * parameter keeps the parameter's name.
     */
    private static String fieldOf(Path path) {
        String parameter = null;
        StringBuilder property = new StringBuilder();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, BEAN -> {
                    appendIndex(property, node);
                    if (node.getName() != null) {
                        if (property.length() > 0) {
                            property.append('.');
                        }
                        property.append(node.getName());
                    }
                }
                case CONTAINER_ELEMENT -> appendIndex(property, node);
                default -> {
                    // Method, constructor and return-value nodes are not part of the request.
                }
            }
        }
        return property.length() > 0 ? property.toString() : String.valueOf(parameter);
    }

    /** Hibernate Validator puts the index of a list element on the node that follows the list. */
    private static void appendIndex(StringBuilder property, Path.Node node) {
        if (node.getIndex() != null) {
            property.append('[').append(node.getIndex()).append(']');
        } else if (node.getKey() != null) {
            property.append('[').append(node.getKey()).append(']');
        }
    }

    private static String jsonPath(JsonMappingException exception) {
        return exception.getPath().stream()
                .map(reference -> reference.getFieldName() != null
                        ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
