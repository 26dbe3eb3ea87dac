package org.viltzoom.localstack;

/** A Kafka broker the services can reach. */
public interface KafkaBroker extends AutoCloseable {

    String description();

    String bootstrapServers();

    /** True when {@link #stop()} and {@link #restart()} work, which needs a broker this JVM started. */
    default boolean canRestart() {
        return false;
    }

    /**
     * Stops the broker, as an outage would, and keeps its data and address for {@link #restart()}.
     *
     * @throws UnsupportedOperationException when {@link #canRestart()} is false
     */
    default void stop() {
        throw new UnsupportedOperationException(description() + " cannot be stopped from this JVM");
    }

    /**
     * Starts a broker stopped by {@link #stop()} again at the same bootstrap address and waits until it is ready.
     *
     * @throws UnsupportedOperationException when {@link #canRestart()} is false
     */
    default void restart() {
        throw new UnsupportedOperationException(description() + " cannot be restarted from this JVM");
    }

    /** Stops the broker if this process started it. */
    @Override
    void close();
}
