package org.viltzoom.kernel.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the outbox relay. */
@ConfigMapping(prefix = "vilt.outbox")
public interface OutboxSettings {

    /** Run the relay in this instance. Several instances may run it: one publishes at a time. */
    @WithDefault("true")
    boolean relayEnabled();

    /** How often the relay looks for unsent rows that no commit notified it of. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Rows published per transaction. */
    @WithDefault("200")
    int batchSize();

    /** How long a send may take until Kafka acknowledges it; failed rows are retried later. */
    @WithDefault("30s")
    Duration sendTimeout();
}
