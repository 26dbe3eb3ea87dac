package org.viltzoom.event.adapter.in.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.viltzoom.event.adapter.in.rest.TrainingEventDtos.LearnerView;
import org.viltzoom.event.adapter.in.rest.TrainingEventDtos.TrainingEventPage;
import org.viltzoom.event.adapter.in.rest.TrainingEventDtos.TrainingEventRequest;
import org.viltzoom.event.adapter.in.rest.TrainingEventDtos.TrainingEventResponse;
import org.viltzoom.event.application.port.in.ManageTrainingEvents;
import org.viltzoom.event.application.port.out.TrainingEventRepository.EventQuery;
import org.viltzoom.event.domain.TrainingEvent;
import org.viltzoom.kernel.rest.Versions;
import org.viltzoom.kernel.security.Roles;

/** The training events of one platform. Every change requires the ETag of the version it applies to. */
@Path("/api/v1/platforms/{platform}/training-events")
@Tag(name = "Training events")
@Produces(MediaType.APPLICATION_JSON)
public class TrainingEventResource {

    @Inject
    ManageTrainingEvents events;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SERVICE})
    @Operation(summary = "Create a training event and its Zoom meeting",
            description = "A repeated request with the same Idempotency-Key returns the first event and creates nothing.")
    public Response create(@PathParam("platform") String platform,
                           @HeaderParam("Idempotency-Key") String idempotencyKey,
                           TrainingEventRequest request, UriInfo uri) {
        TrainingEvent event = events.create(platform, blankToNull(idempotencyKey),
                TrainingEventRestMapper.toDetails(request));
        return Response.created(uri.getAbsolutePathBuilder().path(event.id().toString()).build())
                .tag(Versions.etag(event.version()))
                .entity(TrainingEventRestMapper.toResponse(event, clock.instant()))
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.SERVICE})
    @Operation(summary = "List training events by course, session, account and time range, earliest first")
    public TrainingEventPage list(@PathParam("platform") String platform,
                                  @QueryParam("courseId") String courseId,
                                  @QueryParam("iltSessionId") String iltSessionId,
                                  @QueryParam("accountId") UUID accountId,
                                  @QueryParam("from") Instant from,
                                  @QueryParam("to") Instant to,
                                  @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                  @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        ManageTrainingEvents.EventPage result = events.list(
                new EventQuery(platform, courseId, iltSessionId, accountId, from, to, page * size, size));
        Instant now = clock.instant();
        List<TrainingEventResponse> items = result.events().stream()
                .map(event -> TrainingEventRestMapper.toResponse(event, now)).toList();
        return new TrainingEventPage(items, page, size, result.total());
    }

    @GET
    @Path("/{eventId}")
    @RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.SERVICE})
    @Operation(summary = "Read a training event", description = "The ETag header carries the version for If-Match.")
    public Response get(@PathParam("platform") String platform, @PathParam("eventId") UUID eventId) {
        TrainingEvent event = events.get(platform, eventId);
        return Response.ok(TrainingEventRestMapper.toResponse(event, clock.instant()))
                .tag(Versions.etag(event.version())).build();
    }

    @GET
    @Path("/{eventId}/host-view")
    @RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR})
    @Operation(summary = "Read a training event with the start URL",
            description = "Only administrators and the event's host; the start URL lets its holder host the meeting.")
    public Response hostView(@PathParam("platform") String platform, @PathParam("eventId") UUID eventId) {
        TrainingEvent event = events.get(platform, eventId);
        String startUrl = events.startUrl(platform, eventId, identity.getPrincipal().getName(),
                identity.hasRole(Roles.ADMIN));
        return Response.ok(TrainingEventRestMapper.withStartUrl(
                        TrainingEventRestMapper.toResponse(event, clock.instant()), startUrl))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .tag(Versions.etag(event.version())).build();
    }

    @GET
    @Path("/{eventId}/learner-view")
    @RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.LEARNER})
    @Operation(summary = "Read what a learner sees",
            description = "The join URL while the join button shows: from the lead time before the start until the end.")
    public LearnerView learnerView(@PathParam("platform") String platform, @PathParam("eventId") UUID eventId) {
        return TrainingEventRestMapper.toLearnerView(events.get(platform, eventId), clock.instant());
    }

    @PUT
    @Path("/{eventId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SERVICE})
    @Operation(summary = "Edit a training event",
            description = "A change of Zoom data replaces the Zoom meeting; when the host's daily Zoom limit is "
                    + "spent, the edit is stored with syncState PENDING_SYNC and applied after 00:00 UTC.")
    public Response edit(@PathParam("platform") String platform, @PathParam("eventId") UUID eventId,
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, TrainingEventRequest request) {
        long version = Versions.fromIfMatch(ifMatch);
        TrainingEvent event = events.edit(platform, eventId, version, TrainingEventRestMapper.toDetails(request));
        int status = event.syncState() == org.viltzoom.event.domain.SyncState.PENDING_SYNC ? 202 : 200;
        return Response.status(status).entity(TrainingEventRestMapper.toResponse(event, clock.instant()))
                .tag(Versions.etag(event.version())).build();
    }

    @DELETE
    @Path("/{eventId}")
    @RolesAllowed({Roles.ADMIN, Roles.SERVICE})
    @Operation(summary = "Cancel a training event and delete its Zoom meeting")
    public Response cancel(@PathParam("platform") String platform, @PathParam("eventId") UUID eventId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        TrainingEvent event = events.cancel(platform, eventId, Versions.fromIfMatch(ifMatch));
        return Response.ok(TrainingEventRestMapper.toResponse(event, clock.instant()))
                .tag(Versions.etag(event.version())).build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
