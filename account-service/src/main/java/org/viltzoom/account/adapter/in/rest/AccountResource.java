package org.viltzoom.account.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.viltzoom.account.adapter.in.rest.AccountDtos.AccountPage;
import org.viltzoom.account.adapter.in.rest.AccountDtos.AccountResponse;
import org.viltzoom.account.adapter.in.rest.AccountDtos.AdvancedSettingsBody;
import org.viltzoom.account.adapter.in.rest.AccountDtos.CreateAccountRequest;
import org.viltzoom.account.adapter.in.rest.AccountDtos.LimitsBody;
import org.viltzoom.account.adapter.in.rest.AccountDtos.PairingStarted;
import org.viltzoom.account.adapter.in.rest.AccountDtos.ServerToServerRequest;
import org.viltzoom.account.adapter.in.rest.AccountDtos.StartPairingRequest;
import org.viltzoom.account.adapter.in.rest.AccountDtos.TemplateResponse;
import org.viltzoom.account.adapter.in.rest.AccountDtos.TemplatesBody;
import org.viltzoom.account.adapter.in.rest.AccountDtos.UpdateAccountRequest;
import org.viltzoom.account.application.port.in.ManageAccounts;
import org.viltzoom.account.application.port.in.ManageTemplates;
import org.viltzoom.account.application.port.in.PairAccounts;
import org.viltzoom.account.domain.Account;
import org.viltzoom.kernel.domain.AccountId;
import org.viltzoom.kernel.domain.PlatformId;
import org.viltzoom.kernel.rest.ProblemException;
import org.viltzoom.kernel.rest.Versions;
import org.viltzoom.kernel.security.Roles;

/** The account API of one platform. Every change requires the ETag of the version it applies to. */
@Path("/api/v1/platforms/{platform}/accounts")
@Tag(name = "Accounts")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    ManageAccounts accounts;

    @Inject
    PairAccounts pairing;

    @Inject
    ManageTemplates templates;

    @Inject
    AccountRestMapper mapper;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account record", description = "Its status starts as PAIRING_REQUIRED.")
    public Response create(@PathParam("platform") String platform, @NotNull CreateAccountRequest request,
                           UriInfo uri) {
        Account account = accounts.create(platform(platform), request.name(), request.description());
        return withEtag(Response.created(uri.getAbsolutePathBuilder().path(account.id().toString()).build()), account);
    }

    @GET
    @Operation(summary = "List the platform's accounts, oldest first")
    public AccountPage list(@PathParam("platform") String platform,
                            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
                            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        ManageAccounts.AccountPage result = accounts.list(platform(platform), page * size, size);
        List<AccountResponse> items = result.accounts().stream().map(mapper::toResponse).toList();
        return new AccountPage(items, page, size, result.total());
    }

    @GET
    @Path("/{accountId}")
    @Operation(summary = "Read an account", description = "The ETag header carries the version to send in If-Match.")
    public Response get(@PathParam("platform") String platform, @PathParam("accountId") UUID accountId) {
        return withEtag(Response.ok(), accounts.get(platform(platform), new AccountId(accountId)));
    }

    @PUT
    @Path("/{accountId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the name and description")
    public Response update(@PathParam("platform") String platform, @PathParam("accountId") UUID accountId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull UpdateAccountRequest request) {
        Account account = accounts.rename(platform(platform), new AccountId(accountId), Versions.fromIfMatch(ifMatch),
                request.name(), request.description());
        return withEtag(Response.ok(), account);
    }

    @DELETE
    @Path("/{accountId}")
    @Operation(summary = "Delete an account", description = "Unpairs it first; reporting data in other services is kept.")
    public Response delete(@PathParam("platform") String platform, @PathParam("accountId") UUID accountId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        accounts.delete(platform(platform), new AccountId(accountId), Versions.fromIfMatch(ifMatch));
        return Response.noContent().build();
    }

    @PUT
    @Path("/{accountId}/limits")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the account's limits", description = "Each limit is off when null, otherwise 1 to 999.")
    public Response changeLimits(@PathParam("platform") String platform, @PathParam("accountId") UUID accountId,
                                 @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull LimitsBody body) {
        Account account = accounts.changeLimits(platform(platform), new AccountId(accountId),
                Versions.fromIfMatch(ifMatch), mapper.toLimits(body));
        return withEtag(Response.ok(), account);
    }

    @PUT
    @Path("/{accountId}/advanced-settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set mandatory registration and authentication for new training events")
    public Response changeAdvancedSettings(@PathParam("platform") String platform,
                                           @PathParam("accountId") UUID accountId,
                                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                           @NotNull AdvancedSettingsBody body) {
        Account account = accounts.changeAdvancedSettings(platform(platform), new AccountId(accountId),
                Versions.fromIfMatch(ifMatch), mapper.toAdvancedSettings(body));
        return withEtag(Response.ok(), account);
    }

    @POST
    @Path("/{accountId}/oauth-pairing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start an OAuth pairing",
            description = "Returns Zoom's authorize URL. An owner or admin of the Zoom account must consent.")
    public PairingStarted startOAuthPairing(@PathParam("platform") String platform,
                                            @PathParam("accountId") UUID accountId, StartPairingRequest request) {
        boolean overwrite = request != null && request.overwrite();
        return new PairingStarted(pairing.startOAuthPairing(platform(platform), new AccountId(accountId), overwrite));
    }

    @POST
    @Path("/{accountId}/server-to-server-pairing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pair with a Zoom Server-to-Server OAuth app")
    public Response pairServerToServer(@PathParam("platform") String platform, @PathParam("accountId") UUID accountId,
                                       @NotNull @Valid ServerToServerRequest request) {
        PairAccounts.ServerToServerCredentials credentials = new PairAccounts.ServerToServerCredentials(
                request.zoomAccountId(), request.clientId(), request.clientSecret(), request.webhookSecretToken());
        Account account = pairing.pairServerToServer(platform(platform), new AccountId(accountId), credentials,
                request.overwrite());
        return withEtag(Response.ok(), account);
    }

    @POST
    @Path("/{accountId}/unpair")
    @Operation(summary = "Unpair the account", description = "Its tokens are revoked and deleted; it may be paired again later.")
    public Response unpair(@PathParam("platform") String platform, @PathParam("accountId") UUID accountId) {
        return withEtag(Response.ok(), pairing.unpair(platform(platform), new AccountId(accountId)));
    }

    @GET
    @Path("/{accountId}/templates")
    @Operation(summary = "List the paired user's Zoom meeting templates, with this account's choice")
    public List<TemplateResponse> listTemplates(@PathParam("platform") String platform,
                                                @PathParam("accountId") UUID accountId) {
        return templates.list(platform(platform), new AccountId(accountId)).stream()
                .map(choice -> new TemplateResponse(choice.id(), choice.name(), choice.type(), choice.enabled(),
                        choice.isDefault()))
                .toList();
    }

    @PUT
    @Path("/{accountId}/templates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enable templates for training events and choose the default")
    public Response selectTemplates(@PathParam("platform") String platform, @PathParam("accountId") UUID accountId,
                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull TemplatesBody body) {
        Account account = templates.select(platform(platform), new AccountId(accountId), Versions.fromIfMatch(ifMatch),
                body.enabledTemplateIds(), body.defaultTemplateId());
        return withEtag(Response.ok(), account);
    }

    private Response withEtag(Response.ResponseBuilder builder, Account account) {
        return builder.tag(Versions.etag(account.version())).entity(mapper.toResponse(account)).build();
    }

    private static PlatformId platform(String platform) {
        try {
            return PlatformId.of(platform);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(400, "invalid-platform", "Invalid request", e.getMessage());
        }
    }
}
