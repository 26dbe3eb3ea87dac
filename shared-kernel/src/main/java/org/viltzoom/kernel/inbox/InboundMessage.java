package org.viltzoom.kernel.inbox;

/**
 * A Kafka record as a handler sees it.
 *
 * @param id the deduplication key recorded in the inbox
 */
public record InboundMessage(String topic, int partition, long offset, String key, String value, String id) {
}
