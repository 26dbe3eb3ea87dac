package org.viltzoom.kernel.tokenbroker;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** The address of account-service's token broker and this service's credentials for it. */
@ConfigMapping(prefix = "vilt.token-broker")
public interface TokenBrokerSettings {

    /** account-service's root URL. */
    @WithDefault("http://127.0.0.1:8081")
    URI url();

    /**
     * A fixed bearer token with the role {@code vilt-service}, for tests and the local run. When it
     * is absent, the token comes from the OIDC client configured under {@code quarkus.oidc-client}
     * (client-credentials grant).
     */
    Optional<String> serviceToken();

    /** A cached Zoom token is replaced this long before it expires. */
    @WithDefault("5m")
    Duration refreshMargin();

    @WithDefault("10s")
    Duration requestTimeout();
}
