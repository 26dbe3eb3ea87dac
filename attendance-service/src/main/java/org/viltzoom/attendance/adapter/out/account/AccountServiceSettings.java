package org.viltzoom.attendance.adapter.out.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The location of account-service and this service's credentials for it. */
@ConfigMapping(prefix = "vilt.account-service")
public interface AccountServiceSettings {

    /** account-service's root URL, for example {@code http://account-service:8081}. */
    String url();

    /**
     * A fixed bearer token with the role {@code vilt-service}, for tests and the local run. In
     * production leave it unset and configure {@code quarkus.oidc-client.*} instead.
     */
    Optional<String> serviceToken();

    /** How long a resolved webhook secret is reused before it is read again. */
    @WithDefault("5m")
    Duration secretCacheTtl();

    @WithDefault("2s")
    Duration requestTimeout();
}
