package org.viltzoom.kernel.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** The table of processed message ids, one set per consumer group. */
@ApplicationScoped
public class Inbox {

    static final String PROCESSED = "PROCESSED";
    static final String DEAD_LETTERED = "DEAD_LETTERED";

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /**
     * Records the message in the current transaction. Returns false when the group has seen it
     * before. A concurrent claim of the same id waits for the first transaction, then returns false.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String consumerGroup, InboundMessage message) {
        return insert(consumerGroup, message, PROCESSED);
    }

    /** Records, in a transaction of its own, that the message went to the dead-letter topic. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordDeadLettered(String consumerGroup, InboundMessage message) {
        insert(consumerGroup, message, DEAD_LETTERED);
    }

    /** Returns how the group handled a message id, or null if it never did. */
    @Transactional
    public String outcomeOf(String consumerGroup, String messageId) {
        InboxEntryEntity.Key key = new InboxEntryEntity.Key();
        key.consumerGroup = consumerGroup;
        key.messageId = messageId;
        InboxEntryEntity entry = entityManager.find(InboxEntryEntity.class, key);
        return entry == null ? null : entry.outcome;
    }

    private boolean insert(String consumerGroup, InboundMessage message, String outcome) {
        int inserted = entityManager.createNativeQuery("""
                        insert into inbox_message
                            (consumer_group, message_id, topic, kafka_partition, kafka_offset, outcome, processed_at)
                        values (:group, :id, :topic, :partition, :offset, :outcome, :processedAt)
                        on conflict (consumer_group, message_id) do nothing
                        """)
                .setParameter("group", consumerGroup)
                .setParameter("id", message.id())
                .setParameter("topic", message.topic())
                .setParameter("partition", message.partition())
                .setParameter("offset", message.offset())
                .setParameter("outcome", outcome)
                .setParameter("processedAt", clock.instant())
                .executeUpdate();
        return inserted == 1;
    }
}
