package org.viltzoom.event.adapter.out.zoom;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The meeting and webinar endpoints of Zoom's REST API v2 that event-service calls.
 * {@code collection} is {@code meetings} or {@code webinars}; both have the same shape.
 */
interface ZoomMeetingsApi {

    @POST
    @Path("/users/{userId}/{collection}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response create(@HeaderParam("Authorization") String bearer, @PathParam("userId") String userId,
                    @PathParam("collection") String collection, String body);

    @GET
    @Path("/{collection}/{meetingId}")
    Response read(@HeaderParam("Authorization") String bearer, @PathParam("collection") String collection,
                  @PathParam("meetingId") long meetingId);

    @DELETE
    @Path("/{collection}/{meetingId}")
    Response delete(@HeaderParam("Authorization") String bearer, @PathParam("collection") String collection,
                    @PathParam("meetingId") long meetingId);

    @GET
    @Path("/users/{userId}/settings")
    Response settings(@HeaderParam("Authorization") String bearer, @PathParam("userId") String userId,
                      @QueryParam("option") String option);

    @GET
    @Path("/meetings/{meetingId}/recordings")
    Response recordings(@HeaderParam("Authorization") String bearer, @PathParam("meetingId") long meetingId);

    @POST
    @Path("/{collection}/{meetingId}/registrants")
    @Consumes(MediaType.APPLICATION_JSON)
    Response register(@HeaderParam("Authorization") String bearer, @PathParam("collection") String collection,
                      @PathParam("meetingId") long meetingId, String body);

    @DELETE
    @Path("/{collection}/{meetingId}/registrants/{registrantId}")
    Response deleteRegistrant(@HeaderParam("Authorization") String bearer, @PathParam("collection") String collection,
                              @PathParam("meetingId") long meetingId, @PathParam("registrantId") String registrantId);
}
