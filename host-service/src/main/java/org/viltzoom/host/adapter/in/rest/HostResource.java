package org.viltzoom.host.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.viltzoom.host.adapter.in.rest.HostDtos.AssignHostsRequest;
import org.viltzoom.host.adapter.in.rest.HostDtos.AssignmentReport;
import org.viltzoom.host.adapter.in.rest.HostDtos.AssignmentResult;
import org.viltzoom.host.adapter.in.rest.HostDtos.HostPage;
import org.viltzoom.host.adapter.in.rest.HostDtos.HostResponse;
import org.viltzoom.host.application.HostSettings;
import org.viltzoom.host.application.port.in.ManageHosts;
import org.viltzoom.host.domain.HostProfile;
import org.viltzoom.host.domain.HostStatus;
import org.viltzoom.kernel.domain.AccountId;
import org.viltzoom.kernel.domain.HostId;
import org.viltzoom.kernel.domain.PlatformId;
import org.viltzoom.kernel.rest.FieldViolation;
import org.viltzoom.kernel.rest.ProblemException;
import org.viltzoom.kernel.security.Roles;

/** The hosts of one account of one platform. */
@Path("/api/v1/platforms/{platform}/accounts/{accountId}/hosts")
@Tag(name = "Hosts")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class HostResource {

    @Inject
    ManageHosts hosts;

    @Inject
    HostRestMapper mapper;

    @Inject
    HostSettings settings;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign LMS users as hosts of a paired account",
            description = "Matches each user to a Zoom user of the account by email and returns one result per "
                    + "user, in request order. A user who is a host already is updated and matched again. "
                    + "PENDING_CHECK means Zoom could not be asked now; the resync checks the host later.")
    public AssignmentReport assign(@PathParam("platform") String platform, @PathParam("accountId") UUID accountId,
                                   AssignHostsRequest request) {
        List<HostProfile> profiles = AssignmentValidation.profiles(request, settings.maxAssignmentSize());
        List<ManageHosts.Assignment> assignments = hosts.assign(platform(platform), new AccountId(accountId), profiles);

        List<AssignmentResult> results = new ArrayList<>(assignments.size());
        for (ManageHosts.Assignment assignment : assignments) {
            results.add(mapper.toResult(assignment.host().snapshot(), assignment.created()));
        }
        return new AssignmentReport(results, count(results, HostStatus.PAIRED), count(results, HostStatus.NOT_PAIRED),
                count(results, HostStatus.PENDING_CHECK));
    }

    @GET
    @Operation(summary = "List the account's hosts, oldest first")
    public HostPage list(@PathParam("platform") String platform, @PathParam("accountId") UUID accountId,
                         @QueryParam("status") String status,
                         @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
                         @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        ManageHosts.HostPage found = hosts.list(platform(platform), new AccountId(accountId), status(status), page, size);
        List<HostResponse> items = found.hosts().stream().map(host -> mapper.toResponse(host.snapshot())).toList();
        return new HostPage(items, page, size, found.total());
    }

    @GET
    @Path("/{hostId}")
    @Operation(summary = "Read one host")
    public HostResponse get(@PathParam("platform") String platform, @PathParam("accountId") UUID accountId,
                            @PathParam("hostId") UUID hostId) {
        return mapper.toResponse(hosts.get(platform(platform), new AccountId(accountId), new HostId(hostId)).snapshot());
    }

    @POST
    @Path("/{hostId}/retry")
    @Operation(summary = "Match a host that is not paired in Zoom again",
            description = "Returns 409 host-already-paired for a PAIRED host, and 503 with Retry-After when Zoom "
                    + "could not be asked.")
    public HostResponse retry(@PathParam("platform") String platform, @PathParam("accountId") UUID accountId,
                              @PathParam("hostId") UUID hostId) {
        return mapper.toResponse(hosts.retry(platform(platform), new AccountId(accountId), new HostId(hostId)).snapshot());
    }

    @DELETE
    @Path("/{hostId}")
    @Operation(summary = "Remove a host", description = "Other services learn it as HostUnpaired with reason REMOVED.")
    public Response remove(@PathParam("platform") String platform, @PathParam("accountId") UUID accountId,
                           @PathParam("hostId") UUID hostId) {
        hosts.remove(platform(platform), new AccountId(accountId), new HostId(hostId));
        return Response.noContent().build();
    }

    private static long count(List<AssignmentResult> results, HostStatus status) {
        return results.stream().filter(result -> result.status() == status).count();
    }

    private static PlatformId platform(String platform) {
        try {
            return PlatformId.of(platform);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidFields(List.of(new FieldViolation("platform", "invalid", e.getMessage())));
        }
    }

    private static Optional<HostStatus> status(String status) {
        if (status == null || status.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(HostStatus.valueOf(status));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidFields(List.of(new FieldViolation("status", "invalid",
                    "status '" + status + "' is unknown; use PAIRED, NOT_PAIRED or PENDING_CHECK.")));
        }
    }
}
