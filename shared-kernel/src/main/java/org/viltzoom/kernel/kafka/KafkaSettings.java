package org.viltzoom.kernel.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the services use Kafka beyond the client properties under {@code kafka.}. */
@ConfigMapping(prefix = "vilt.kafka")
public interface KafkaSettings {

    /**
     * Create every topic of the suite and its dead-letter topic at startup when missing. On for
     * tests and the local run; off in Kubernetes, where Strimzi KafkaTopic resources own them.
     */
    @WithDefault("false")
    boolean createTopics();

    /** Partitions of topics created at startup. */
    @WithDefault("3")
    int partitions();

    /** Replication factor of topics created at startup. */
    @WithDefault("1")
    short replicationFactor();
}
