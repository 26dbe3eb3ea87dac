package org.viltzoom.localstack;

/** A broker named by {@code KAFKA_BOOTSTRAP_SERVERS}; never stopped here. */
record ExistingKafka(String bootstrapServers) implements KafkaBroker {

    @Override
    public String description() {
        return "existing Kafka at " + bootstrapServers;
    }

    @Override
    public void close() {
        // Not ours to stop.
    }
}
