package org.viltzoom.account.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.viltzoom.account.adapter.in.rest.AccountDtos.WebhookSecretResponse;
import org.viltzoom.account.application.port.in.ResolveWebhookSecrets;
import org.viltzoom.kernel.rest.ProblemException;
import org.viltzoom.kernel.security.Roles;

/** The secret token of a Zoom app's webhooks, for attendance-service's signature checks. */
@Path("/internal/v1/zoom-apps/{appId}/webhook-secret")
@Tag(name = "Internal")
@RolesAllowed(Roles.SERVICE)
public class WebhookSecretResource {

    @Inject
    ResolveWebhookSecrets secrets;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get the webhook secret token of a Zoom app")
    public Response secretToken(@PathParam("appId") String appId) {
        String secret = secrets.secretTokenOf(appId).orElseThrow(() -> new ProblemException(404, "unknown-zoom-app",
                "Not found", "no paired account uses Zoom app " + appId));
        return Response.ok(new WebhookSecretResponse(secret)).cacheControl(NoStore.cacheControl()).build();
    }
}
