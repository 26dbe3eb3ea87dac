package org.viltzoom.localstack;

/** A Kafka broker the services can reach. */
public interface KafkaBroker extends AutoCloseable {

    String description();

    String bootstrapServers();

    /** Stops the broker if this process started it. */
    @Override
    void close();
}
