package org.viltzoom.kernel.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.viltzoom.kernel.domain.PlatformId;
import org.viltzoom.kernel.rest.Problem;

/**
 * Enforces platform scope on every resource whose path has a {@code {platform}} parameter: the
 * caller's token must name that platform. Resources then read and write only that platform's
 * data, so a token of one LMS installation never reaches another's.
 */
public class PlatformScopeFilter {

    public static final String PLATFORM_PARAMETER = "platform";

    private static final Logger LOG = Logger.getLogger(PlatformScopeFilter.class);

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    SecuritySettings settings;

    @ServerRequestFilter
    public Uni<Response> checkPlatform(UriInfo uri) {
        String platform = uri.getPathParameters().getFirst(PLATFORM_PARAMETER);
        if (platform == null) {
            return Uni.createFrom().nullItem();
        }
        if (!isPlatformId(platform)) {
            return Uni.createFrom().item(Response.status(400)
                    .type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(400, "invalid-platform", "Invalid request",
                            "The platform in the path must be 1 to 63 lower-case letters, digits, '.', '_' or '-'.",
                            List.of()).withInstance(uri.getPath().length() > 200 ? null : uri.getPath()))
                    .build());
        }

        return identities.getDeferredIdentity().map(identity -> decide(identity, platform, uri));
    }

    private static boolean isPlatformId(String platform) {
        try {
            PlatformId.of(platform);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Response decide(SecurityIdentity identity, String platform, UriInfo uri) {
        if (identity.isAnonymous()) {
            return Response.status(401)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(401, "unauthenticated", "Authentication required",
                            "Send a valid OIDC bearer token in the Authorization header.", List.of())
                            .withInstance(uri.getPath()))
                    .build();
        }

        if (CallerPlatforms.mayAccess(identity, settings.platformClaim(), platform)) {
            return null;
        }

        LOG.infof("Rejected caller subject=%s for platform=%s: the token's %s claim does not name it",
                identity.getPrincipal().getName(), platform, settings.platformClaim());
        return Response.status(403)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(403, "platform-forbidden", "Forbidden",
                        "The token does not grant access to platform '" + platform + "'.", List.of())
                        .withInstance(uri.getPath()))
                .build();
    }
}
