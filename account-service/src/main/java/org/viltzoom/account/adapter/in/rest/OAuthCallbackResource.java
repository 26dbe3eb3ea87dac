package org.viltzoom.account.adapter.in.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.viltzoom.account.application.port.in.PairAccounts;
import org.viltzoom.account.domain.Account;
import org.viltzoom.kernel.rest.Versions;

/**
 * The redirect URI of the Zoom OAuth app. Zoom sends the administrator's browser here after the
 * consent, without a bearer token; the signed single-use {@code state} is what authorizes it.
 */
@Path("/api/v1/zoom/oauth/callback")
@Tag(name = "Accounts")
public class OAuthCallbackResource {

    @Inject
    PairAccounts pairing;

    @Inject
    AccountRestMapper mapper;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Finish an OAuth pairing (Zoom's redirect)")
    public Response callback(@QueryParam("code") String code, @QueryParam("state") String state) {
        Account account = pairing.completeOAuthPairing(code, state);
        return Response.ok(mapper.toResponse(account)).tag(Versions.etag(account.version())).build();
    }
}
