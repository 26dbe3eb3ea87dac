package org.viltzoom.kernel.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which token claims carry what; the role claim is set with {@code quarkus.oidc.roles.role-claim-path}. */
@ConfigMapping(prefix = "vilt.security")
public interface SecuritySettings {

    /** The claim with the caller's platform id, a string or an array of strings. */
    @WithDefault("platform")
    String platformClaim();
}
