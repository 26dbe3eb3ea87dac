package org.viltzoom.kernel.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.viltzoom.kernel.domain.PlatformId;
import org.viltzoom.kernel.event.DomainEvent;
import org.viltzoom.kernel.event.DomainEventCatalog;
import org.viltzoom.kernel.event.DomainEventJson;
import org.viltzoom.kernel.event.EventEnvelope;

/**
 * Writes domain events into the outbox inside the caller's business transaction, so that a
 * domain event exists exactly when the state change it reports was committed.
 */
@ApplicationScoped
public class OutboxWriter {

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final Clock clock;
    private final String source;

    @Inject
    OutboxWriter(EntityManager entityManager,
                 TransactionSynchronizationRegistry transactions,
                 OutboxRelay relay,
                 Clock clock,
                 @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.relay = relay;
        this.clock = clock;
        this.source = "urn:vilt-zoom:" + applicationName;
    }

    /**
     * Adds a domain event to the outbox of the current transaction.
     *
     * @return the envelope as it will be published
     * @throws jakarta.transaction.TransactionalException if no transaction is active
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope<DomainEvent> write(PlatformId platform, DomainEvent event) {
        EventEnvelope<DomainEvent> envelope =
                EventEnvelope.wrap(UUID.randomUUID(), source, clock.instant(), platform.value(), event);

        OutboxMessageEntity message = new OutboxMessageEntity();
        message.envelopeId = envelope.id();
        message.topic = DomainEventCatalog.topicOf(event);
        message.messageKey = envelope.subject();
        message.eventType = envelope.type();
        message.envelope = DomainEventJson.write(envelope);
        message.createdAt = envelope.time();
        entityManager.persist(message);

        wakeRelayAfterCommit();
        return envelope;
    }

    /** Publishing right after the commit keeps latency low; the relay's polling is the fallback. */
    private void wakeRelayAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
    }
}
