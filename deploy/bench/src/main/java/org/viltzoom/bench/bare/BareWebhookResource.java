package org.viltzoom.bench.bare;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The baseline of the webhook ingest benchmark: the same path, method and body type as
 * attendance-service's Zoom webhook, answered with 204 on the event loop without verifying or
 * storing anything.
 */
@Path("/zoom/webhooks/{appId}")
public class BareWebhookResource {

    @POST
    @Consumes(MediaType.WILDCARD)
    public Uni<Response> receive(@PathParam("appId") String appId, byte[] body) {
        return Uni.createFrom().item(Response.noContent().build());
    }
}
