package org.viltzoom.event.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits and retry timing of training events. */
@ConfigMapping(prefix = "vilt.event")
public interface EventSettings {

    /** Meeting and webinar writes Zoom allows per host and UTC day (Zoom docs, Rate limits: 100). */
    @WithDefault("100")
    int dailyMeetingWrites();

    /**
     * Whether deletes count against the daily limit. Zoom documents only creates and updates, but
     * counting deletes keeps a replacement from starting without budget for its delete.
     */
    @WithDefault("true")
    boolean dailyLimitCountsDeletes();

    /** The first delay before a failed delete is retried; it doubles per attempt up to one hour. */
    @WithDefault("30s")
    Duration deletionRetryDelay();

    /** The largest recording file, in bytes, that may be imported; 838860800 bytes are 800 MiB. */
    @WithDefault("838860800")
    long recordingMaxSize();

    /** How often the queues of deletes and pending replacements are polled. */
    @WithDefault("15s")
    Duration queuePollInterval();

    /** How far ahead the check looks: events starting later are checked in later runs. */
    @WithDefault("14d")
    Duration statusCheckHorizon();

    /** Meetings checked per run, soonest first, to stay well inside Zoom's rate limits. */
    @WithDefault("100")
    int statusCheckBatch();

    /**
     * How often the meetings of upcoming events are checked in Zoom, as a Quarkus scheduler
     * period such as {@code 30m}; {@code off} disables the check.
     */
    @WithDefault("30m")
    String statusCheckInterval();
}
