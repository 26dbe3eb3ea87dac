package org.viltzoom.kernel.event;

/**
 * A fact that one service publishes for the others, carried as the {@code data} of an
 * {@link EventEnvelope}. Implementations are immutable records, versioned by their type name:
 * a change that breaks readers gets a new type, and readers ignore unknown fields.
 */
public interface DomainEvent {

    /** The CloudEvents {@code type}, for example {@code vilt.account.paired.v1}. */
    String eventType();

    /** The id of the aggregate the fact is about: the envelope's {@code subject} and the Kafka key. */
    String subject();
}
