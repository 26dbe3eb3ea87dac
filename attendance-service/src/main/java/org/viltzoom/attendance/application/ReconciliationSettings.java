package org.viltzoom.attendance.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import org.viltzoom.attendance.domain.RetrySchedule;

/** Timing of the reconciliation against Zoom's participant report. */
@ConfigMapping(prefix = "vilt.reconciliation")
public interface ReconciliationSettings {

    /** The wait between {@code meeting.ended} and the first request for the report. */
    @WithDefault("1m")
    Duration firstDelay();

    /** The wait after the first failed attempt; it doubles after each further one. */
    @WithDefault("1m")
    Duration firstBackoff();

    @WithDefault("30m")
    Duration maxBackoff();

    /** Attempts in total before the reconciliation ends without the report. */
    @WithDefault("12")
    int maxAttempts();

    /** How long a claimed reconciliation stays with one replica before another may take it. */
    @WithDefault("10m")
    Duration lease();

    /** How often the job looks for due reconciliations; the job reads it through {@code @Scheduled}. */
    @WithDefault("15s")
    Duration pollInterval();

    /** The wait after startup before the job first looks; the job reads it through {@code @Scheduled}. */
    @WithDefault("10s")
    Duration pollDelay();

    /** Reconciliations claimed per run of the job. */
    @WithDefault("20")
    int batchSize();

    default RetrySchedule retrySchedule() {
        return new RetrySchedule(firstBackoff(), maxBackoff(), maxAttempts());
    }
}
