package org.viltzoom.host.adapter.out.zoom;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** The user endpoints of Zoom's REST API v2 that host-service calls. */
interface ZoomUsersApi {

    /** {@code userId} is a Zoom user id or an email address. */
    @GET
    @Path("/users/{userId}")
    Response user(@HeaderParam("Authorization") String bearer, @PathParam("userId") String userId);

    @GET
    @Path("/users/{userId}/settings")
    Response settings(@HeaderParam("Authorization") String bearer, @PathParam("userId") String userId);
}
