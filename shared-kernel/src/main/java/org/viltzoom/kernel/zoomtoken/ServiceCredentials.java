package org.viltzoom.kernel.zoomtoken;

/**
 * The bearer token with which a service authenticates to the token broker; the broker requires
 * the role {@code vilt-service}. In production it comes from an OIDC client-credentials grant,
 * in tests and the local run from configuration.
 */
@FunctionalInterface
public interface ServiceCredentials {

    /** Returns a currently valid bearer token, without the {@code Bearer } prefix. */
    String bearerToken();

    /** Credentials that always send the same token, for tests and the local run. */
    static ServiceCredentials fixed(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the service token for the token broker is missing");
        }
        return () -> token;
    }
}
