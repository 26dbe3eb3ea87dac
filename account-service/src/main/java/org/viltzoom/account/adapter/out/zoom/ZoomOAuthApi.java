package org.viltzoom.account.adapter.out.zoom;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Zoom's OAuth token and revoke endpoints (Zoom docs: OAuth > Using OAuth 2.0). */
@Path("/oauth")
interface ZoomOAuthApi {

    @POST
    @Path("/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Response token(@HeaderParam("Authorization") String basicAuthorization, Form form);

    @POST
    @Path("/revoke")
    Response revoke(@HeaderParam("Authorization") String basicAuthorization, @QueryParam("token") String token);
}
