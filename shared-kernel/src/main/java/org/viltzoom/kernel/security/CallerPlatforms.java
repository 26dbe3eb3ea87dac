package org.viltzoom.kernel.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Reads the platforms a caller may act on from its token. */
public final class CallerPlatforms {

    private CallerPlatforms() {
    }

    /** Returns the platform ids of the claim, or an empty set when the token has none. */
    public static Set<String> of(SecurityIdentity identity, String claim) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Set.of();
        }

        Object value = token.getClaim(claim);
        Set<String> platforms = new LinkedHashSet<>();
        if (value instanceof String text) {
            platforms.add(text);
        } else if (value instanceof JsonString text) {
            platforms.add(text.getString());
        } else if (value instanceof JsonArray array) {
            for (JsonValue element : array) {
                if (element instanceof JsonString text) {
                    platforms.add(text.getString());
                }
            }
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(element -> platforms.add(String.valueOf(element)));
        }
        return platforms;
    }

    /** True when the caller may act on the platform: a service, or a token that names it. */
    public static boolean mayAccess(SecurityIdentity identity, String claim, String platform) {
        return identity.hasRole(Roles.SERVICE) || of(identity, claim).contains(platform);
    }
}
