package org.viltzoom.event.adapter.out.zoom;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Timeouts and the retry budget of Zoom calls. */
@ConfigMapping(prefix = "vilt.event.zoom-api")
interface ZoomApiSettings {

    @WithDefault("5s")
    Duration connectTimeout();

    @WithDefault("15s")
    Duration readTimeout();

    /** The total time one operation may spend on retries of per-second rate limits and server errors. */
    @WithDefault("10s")
    Duration retryBudget();

    @WithDefault("200ms")
    Duration initialBackoff();

    @WithDefault("2s")
    Duration maxBackoff();
}
