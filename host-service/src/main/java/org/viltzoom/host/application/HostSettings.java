package org.viltzoom.host.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Batch sizes, concurrency and timing of host checks in Zoom. */
@ConfigMapping(prefix = "vilt.host")
public interface HostSettings {

    /** Most LMS users in one assignment request. */
    @WithDefault("1000")
    int maxAssignmentSize();

    /** Zoom lookups that one assignment request runs at the same time. */
    @WithDefault("4")
    int checkConcurrency();

    /** How often every host is checked in Zoom again, to repair drift from missed notifications. */
    @WithDefault("24h")
    Duration resyncPeriod();

    /** Pause between two checks of the resync, which spreads its Zoom calls over time. */
    @WithDefault("200ms")
    Duration resyncCallInterval();

    /** Most hosts one resync run claims. */
    @WithDefault("200")
    int resyncBatchSize();

    /**
     * How long a claimed host stays with one resync run; if the run dies, another takes the host
     * after this time.
     */
    @WithDefault("10m")
    Duration resyncClaimLease();

    /** How often the resync job looks for due hosts; the job reads it through {@code @Scheduled}. */
    @WithDefault("10s")
    Duration resyncPollInterval();

    /** Wait after start before the first resync run. */
    @WithDefault("5s")
    Duration resyncPollDelay();
}
