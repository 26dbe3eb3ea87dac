package org.viltzoom.event.adapter.in.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.viltzoom.event.application.exception.DailyLimitException;
import org.viltzoom.event.application.exception.EventNotEditableException;
import org.viltzoom.event.application.exception.NotTheHostException;
import org.viltzoom.event.application.exception.RecordingImportException;
import org.viltzoom.event.application.exception.TrainingEventNotFoundException;
import org.viltzoom.event.application.exception.ValidationFailedException;
import org.viltzoom.event.application.exception.VersionMismatchException;
import org.viltzoom.event.application.port.out.ConcurrentEventUpdateException;
import org.viltzoom.event.application.port.out.DailyLimitReachedException;
import org.viltzoom.event.domain.RecordingProblem;
import org.viltzoom.kernel.rest.FieldViolation;
import org.viltzoom.kernel.rest.Problem;
import org.viltzoom.kernel.zoom.ZoomApiException;
import org.viltzoom.kernel.zoom.ZoomErrorCategory;
import org.viltzoom.kernel.zoomtoken.TokenBrokerException;

/** Maps event-service's refusals to problem details with stable codes. */
public class EventProblemMappers {

    @Inject
    Clock clock;

    @ServerExceptionMapper
    public Response validation(ValidationFailedException e, UriInfo uri) {
        List<FieldViolation> errors = e.violations().stream()
                .map(violation -> new FieldViolation(violation.field(), violation.code(), violation.message()))
                .toList();
        return respond(Problem.of(400, "validation-failed", "Invalid request", e.getMessage(), errors), uri);
    }

    @ServerExceptionMapper
    public Response notFound(TrainingEventNotFoundException e, UriInfo uri) {
        return respond(Problem.of(404, "training-event-not-found", "Not found", e.getMessage(), List.of()), uri);
    }

    @ServerExceptionMapper
    public Response versionMismatch(VersionMismatchException e, UriInfo uri) {
        return respond(Problem.of(412, "version-mismatch", "Precondition failed", e.getMessage(), List.of())
                .withExtensions(Map.of("currentVersion", e.currentVersion())), uri);
    }

    @ServerExceptionMapper
    public Response concurrentUpdate(ConcurrentEventUpdateException e, UriInfo uri) {
        return respond(Problem.of(409, "concurrent-update", "Conflict", e.getMessage(), List.of()), uri);
    }

    @ServerExceptionMapper
    public Response notEditable(EventNotEditableException e, UriInfo uri) {
        return respond(Problem.of(409, e.code(), "Conflict", e.getMessage(), List.of()), uri);
    }

    @ServerExceptionMapper
    public Response notTheHost(NotTheHostException e, UriInfo uri) {
        return respond(Problem.of(403, "not-the-host", "Forbidden", e.getMessage(), List.of()), uri);
    }

    @ServerExceptionMapper
    public Response dailyLimit(DailyLimitException e, UriInfo uri) {
        return dailyLimitResponse(e.getMessage(), e.resetAt(), uri);
    }

    /** Maps a daily limit met outside the budgeted meeting writes, as on a registration. */
    @ServerExceptionMapper
    public Response zoomDailyLimit(DailyLimitReachedException e, UriInfo uri) {
        return dailyLimitResponse(e.getMessage(), e.resetAt(), uri);
    }

    private Response dailyLimitResponse(String detail, Instant resetAt, UriInfo uri) {
        long seconds = Math.max(1, Duration.between(clock.instant(), resetAt).toSeconds());
        return Response.status(429).type(Problem.MEDIA_TYPE)
                .header("Retry-After", seconds)
                .entity(Problem.of(429, "zoom-daily-limit", "Too many requests", detail, List.of())
                        .withExtensions(Map.of("resetAt", resetAt.toString()))
                        .withInstance(uri.getPath()))
                .build();
    }

    @ServerExceptionMapper
    public Response recordingImport(RecordingImportException e, UriInfo uri) {
        RecordingProblem problem = e.problem();
        int status;
        String code;
        if (problem == RecordingProblem.NOT_PROCESSED_YET) {
            status = 409;
            code = "recording-not-processed";
        } else if (problem == RecordingProblem.NOT_RECORDED) {
            status = 404;
            code = "meeting-not-recorded";
        } else if (problem == RecordingProblem.DELETED_OR_EXPIRED) {
            status = 410;
            code = "recording-deleted";
        } else if (problem == RecordingProblem.PERMISSION_DENIED) {
            status = 409;
            code = "zoom-recording-permission-missing";
        } else if (problem == RecordingProblem.TOO_LARGE) {
            status = 413;
            code = "recording-too-large";
        } else {
            status = 409;
            code = "recording-download-disabled";
        }
        return respond(Problem.of(status, code, "Recording not imported", e.getMessage(), List.of()), uri);
    }

    @ServerExceptionMapper
    public Response tokenBroker(TokenBrokerException e, UriInfo uri) {
        int status = e.isTransient() ? 503 : 409;
        String code = e.isTransient() ? "zoom-unavailable" : "zoom-access-unavailable";
        return respond(Problem.of(status, code, status == 503 ? "Service unavailable" : "Conflict", e.getMessage(),
                List.of()).withExtensions(Map.of("failure", e.failure().name())), uri);
    }

    @ServerExceptionMapper
    public Response zoomError(ZoomApiException e, UriInfo uri) {
        boolean transientError = e.category() == ZoomErrorCategory.TRANSIENT
                || e.category() == ZoomErrorCategory.RATE_LIMITED_PER_SECOND;
        int status = transientError ? 503 : 502;
        return respond(Problem.of(status, "zoom-error", transientError ? "Service unavailable" : "Bad gateway",
                        e.getMessage(), List.of())
                .withExtensions(Map.of("zoomStatus", e.error().status(), "zoomCategory", e.category().name())), uri);
    }

    private static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.withInstance(uri.getPath())).build();
    }
}
