package org.viltzoom.kernel.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of every inbox consumer of a service. */
@ConfigMapping(prefix = "vilt.inbox")
public interface InboxSettings {

    /** Attempts per message, the first included, before it goes to the dead-letter topic. */
    @WithDefault("4")
    int maxAttempts();

    /** Wait before the second attempt; doubles with each further attempt up to {@link #maxBackoff()}. */
    @WithDefault("200ms")
    Duration initialBackoff();

    @WithDefault("5s")
    Duration maxBackoff();

    /** The longest a poll blocks; also bounds how quickly a consumer notices shutdown. */
    @WithDefault("500ms")
    Duration pollTimeout();

    @WithDefault("200")
    int maxPollRecords();

    /**
     * Maximum wait for an offset commit. A commit that fails, for example while the broker is down,
     * leaves its records to be delivered again, and the inbox then skips them.
     */
    @WithDefault("30s")
    Duration commitTimeout();

    /** A consumer that has not returned from a poll for this long is reported as not live. */
    @WithDefault("5m")
    Duration stallTimeout();
}
