package org.viltzoom.host.adapter.in.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.viltzoom.host.application.exception.AccountNotFoundException;
import org.viltzoom.host.application.exception.AccountNotPairedException;
import org.viltzoom.host.application.exception.HostAlreadyPairedException;
import org.viltzoom.host.application.exception.HostNotFoundException;
import org.viltzoom.host.application.port.out.ZoomUnavailableException;
import org.viltzoom.kernel.rest.Problem;

/** Maps host-service's refusals to problem details with stable codes. */
public class HostProblemMappers {

    @ServerExceptionMapper
    public Response accountNotFound(AccountNotFoundException e, UriInfo uri) {
        return respond(Problem.of(404, "account-not-found", "Not found", e.getMessage(), List.of()), uri);
    }

    @ServerExceptionMapper
    public Response accountNotPaired(AccountNotPairedException e, UriInfo uri) {
        return respond(Problem.of(409, "account-not-paired", "Conflict", e.getMessage(), List.of())
                .withExtensions(Map.of("status", e.status().name())), uri);
    }

    @ServerExceptionMapper
    public Response hostNotFound(HostNotFoundException e, UriInfo uri) {
        return respond(Problem.of(404, "host-not-found", "Not found", e.getMessage(), List.of()), uri);
    }

    @ServerExceptionMapper
    public Response hostAlreadyPaired(HostAlreadyPairedException e, UriInfo uri) {
        return respond(Problem.of(409, "host-already-paired", "Conflict", e.getMessage(), List.of()), uri);
    }

    @ServerExceptionMapper
    public Response zoomUnavailable(ZoomUnavailableException e, UriInfo uri) {
        String code = e.isDailyLimit() ? "zoom-daily-limit" : "zoom-unavailable";
        Problem problem = Problem.of(503, code, "Service unavailable", e.getMessage(), List.of())
                .withExtensions(Map.of("retryAfter", e.retryAfter().toString()));
        long seconds = Math.max(1, Duration.between(Clock.systemUTC().instant(), e.retryAfter()).toSeconds());
        return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", seconds)
                .entity(problem.withInstance(uri.getPath())).build();
    }

    private static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.withInstance(uri.getPath()))
                .build();
    }
}
