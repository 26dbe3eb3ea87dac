package org.viltzoom.account.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.viltzoom.account.adapter.in.rest.AccountDtos.AccessTokenRequest;
import org.viltzoom.account.adapter.in.rest.AccountDtos.AccessTokenResponse;
import org.viltzoom.account.application.port.in.BrokerZoomTokens;
import org.viltzoom.kernel.domain.AccountId;
import org.viltzoom.kernel.security.Roles;

/** The token broker for the suite's other services. */
@Path("/internal/v1/accounts/{accountId}/access-token")
@Tag(name = "Internal")
@RolesAllowed(Roles.SERVICE)
public class InternalTokenResource {

    @Inject
    BrokerZoomTokens broker;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get a Zoom access token for an account",
            description = "Valid for at least the broker's refresh margin. Send a token Zoom rejected with 401 code 124 as rejectedAccessToken to replace it.")
    public Response accessToken(@PathParam("accountId") UUID accountId, AccessTokenRequest request) {
        String rejected = request == null ? null : request.rejectedAccessToken();
        BrokerZoomTokens.AccessToken token = broker.accessToken(new AccountId(accountId), rejected);
        return Response.ok(new AccessTokenResponse(token.accountId().value(), token.platform(), token.zoomAccountId(),
                        token.accessToken(), token.expiresAt(), token.scopes(), token.apiBaseUrl()))
                .cacheControl(NoStore.cacheControl())
                .build();
    }
}
