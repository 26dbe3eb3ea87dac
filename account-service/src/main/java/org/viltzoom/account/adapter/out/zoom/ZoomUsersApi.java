package org.viltzoom.account.adapter.out.zoom;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** The user endpoints of Zoom's REST API v2 that account-service calls. */
interface ZoomUsersApi {

    @GET
    @Path("/users/me")
    Response me(@HeaderParam("Authorization") String bearer);

    @GET
    @Path("/users")
    Response list(@HeaderParam("Authorization") String bearer, @QueryParam("page_size") int pageSize);

    @GET
    @Path("/users/{userId}/meeting_templates")
    Response meetingTemplates(@HeaderParam("Authorization") String bearer, @PathParam("userId") String userId);
}
