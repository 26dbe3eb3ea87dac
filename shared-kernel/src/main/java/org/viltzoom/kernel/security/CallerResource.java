package org.viltzoom.kernel.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Shows how a service sees the caller's token, so that an LMS developer can check the OIDC set-up
 * (issuer, role claim, platform claim) before calling the business APIs.
 */
@Path("/api/v1/platforms/{platform}/caller")
@Tag(name = "Caller")
public class CallerResource {

    /** The identity the service derived from the token. */
    public record Caller(String subject, String platform, Set<String> platforms, List<String> roles) {
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    SecuritySettings settings;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.LEARNER, Roles.SERVICE})
    @Operation(summary = "Describe the authenticated caller",
            description = "Returns the subject, platforms and roles read from the bearer token.")
    public Caller describe(@PathParam("platform") String platform) {
        List<String> roles = identity.getRoles().stream().sorted().toList();
        return new Caller(identity.getPrincipal().getName(), platform,
                CallerPlatforms.of(identity, settings.platformClaim()), roles);
    }
}
