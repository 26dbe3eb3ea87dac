package org.viltzoom.kernel.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A message that a consumer group has processed or dead-lettered. */
@Entity
@Table(name = "inbox_message")
public class InboxEntryEntity {

    /** Primary key: consumer group and message id. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "consumer_group", nullable = false)
        public String consumerGroup;

        @Column(name = "message_id", nullable = false)
        public String messageId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(consumerGroup, key.consumerGroup)
                    && Objects.equals(messageId, key.messageId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(consumerGroup, messageId);
        }
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public String topic;

    @Column(name = "kafka_partition", nullable = false)
    public int partition;

    @Column(name = "kafka_offset", nullable = false)
    public long offset;

    /** {@code PROCESSED} or {@code DEAD_LETTERED}. */
    @Column(nullable = false, length = 32)
    public String outcome;

    @Column(name = "processed_at", nullable = false)
    public Instant processedAt;
}
