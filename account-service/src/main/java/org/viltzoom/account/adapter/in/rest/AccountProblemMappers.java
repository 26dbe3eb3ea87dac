package org.viltzoom.account.adapter.in.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.viltzoom.account.application.exception.AccountNotFoundException;
import org.viltzoom.account.application.exception.AccountNotPairedException;
import org.viltzoom.account.application.exception.MissingScopesException;
import org.viltzoom.account.application.exception.PairingConflictException;
import org.viltzoom.account.application.exception.PairingRejectedException;
import org.viltzoom.account.application.exception.VersionMismatchException;
import org.viltzoom.account.application.exception.ZoomUnavailableException;
import org.viltzoom.account.application.port.out.ConcurrentAccountUpdateException;
import org.viltzoom.account.domain.AccountRuleViolation;
import org.viltzoom.kernel.rest.FieldViolation;
import org.viltzoom.kernel.rest.Problem;
import org.viltzoom.kernel.zoom.ZoomApiException;

/** Maps account-service's refusals to problem details with stable codes. */
public class AccountProblemMappers {

    @ServerExceptionMapper
    public Response ruleViolation(AccountRuleViolation e, UriInfo uri) {
        if (e.field() == null) {
            return respond(Problem.of(409, e.code(), "Conflict", e.getMessage(), List.of()), uri);
        }
        return respond(Problem.of(400, "validation-failed", "Invalid request", e.getMessage(),
                List.of(new FieldViolation(e.field(), e.code(), e.getMessage()))), uri);
    }

    @ServerExceptionMapper
    public Response notFound(AccountNotFoundException e, UriInfo uri) {
        return respond(Problem.of(404, "account-not-found", "Not found", e.getMessage(), List.of()), uri);
    }

    @ServerExceptionMapper
    public Response versionMismatch(VersionMismatchException e, UriInfo uri) {
        return respond(Problem.of(412, "version-mismatch", "Precondition failed", e.getMessage(), List.of())
                .withExtensions(Map.of("currentVersion", e.currentVersion())), uri);
    }

    @ServerExceptionMapper
    public Response pairingConflict(PairingConflictException e, UriInfo uri) {
        return respond(Problem.of(409, "zoom-account-paired-elsewhere", "Conflict", e.getMessage(), List.of())
                .withExtensions(Map.of(
                        "holderPlatform", e.holderPlatform().value(),
                        "holderAccountId", e.holderAccount().toString())), uri);
    }

    @ServerExceptionMapper
    public Response pairingRejected(PairingRejectedException e, UriInfo uri) {
        int status = e.code().equals("zoom-user-not-admin") ? 403 : 400;
        return respond(Problem.of(status, e.code(), "Pairing rejected", e.getMessage(), List.of()), uri);
    }

    @ServerExceptionMapper
    public Response notPaired(AccountNotPairedException e, UriInfo uri) {
        return respond(Problem.of(409, "account-not-paired", "Conflict", e.getMessage(), List.of())
                .withExtensions(Map.of("status", e.status().name())), uri);
    }

    @ServerExceptionMapper
    public Response missingScopes(MissingScopesException e, UriInfo uri) {
        return respond(Problem.of(409, "missing-scopes", "Conflict", e.getMessage(), List.of())
                .withExtensions(Map.of("missingScopes", new TreeSet<>(e.missingScopes()))), uri);
    }

    @ServerExceptionMapper
    public Response concurrentUpdate(ConcurrentAccountUpdateException e, UriInfo uri) {
        return respond(Problem.of(409, "concurrent-update", "Conflict", e.getMessage(), List.of()), uri);
    }

    @ServerExceptionMapper
    public Response zoomUnavailable(ZoomUnavailableException e, UriInfo uri) {
        Response.ResponseBuilder builder = builder(Problem.of(503, "zoom-unavailable", "Service unavailable",
                e.getMessage(), List.of()), uri);
        if (e.retryAfter() != null) {
            long seconds = Math.max(1, Duration.between(Clock.systemUTC().instant(), e.retryAfter()).toSeconds());
            builder.header("Retry-After", seconds);
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response zoomError(ZoomApiException e, UriInfo uri) {
        return respond(Problem.of(502, "zoom-error", "Bad gateway", e.getMessage(), List.of())
                .withExtensions(Map.of("zoomStatus", e.error().status(),
                        "zoomCategory", e.category().name())), uri);
    }

    private static Response respond(Problem problem, UriInfo uri) {
        return builder(problem, uri).build();
    }

    private static Response.ResponseBuilder builder(Problem problem, UriInfo uri) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.withInstance(uri.getPath()));
    }
}
