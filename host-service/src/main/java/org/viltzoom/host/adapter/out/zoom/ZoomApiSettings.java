package org.viltzoom.host.adapter.out.zoom;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Timeouts and retry policy of host-service's calls to Zoom's REST API. */
@ConfigMapping(prefix = "vilt.host.zoom-api")
interface ZoomApiSettings {

    @WithDefault("5s")
    Duration connectTimeout();

    @WithDefault("10s")
    Duration readTimeout();

    /** Retries of one call after a per-second rate limit (429 QPS), a 5xx or no response. */
    @WithDefault("4")
    int maxRetries();

    /**
     * Wait before the first retry after a 5xx or no response. It doubles with each retry up to
     * {@link #maxBackoff()}. A per-second rate limit is retried after Zoom's one-second window instead.
     */
    @WithDefault("250ms")
    Duration initialBackoff();

    /** Maximum wait between two retries, also when Zoom's {@code Retry-After} requests a longer one. */
    @WithDefault("5s")
    Duration maxBackoff();
}
