package org.viltzoom.attendance.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits of the Zoom webhook endpoint. */
@ConfigMapping(prefix = "vilt.webhook")
public interface WebhookSettings {

    /** Notifications whose timestamp is further from now than this are rejected as replays. */
    @WithDefault("5m")
    Duration timestampTolerance();

    /** Larger bodies are rejected before any check; Zoom's notifications are a few kilobytes. */
    @WithDefault("524288")
    int maxBodyBytes();
}
