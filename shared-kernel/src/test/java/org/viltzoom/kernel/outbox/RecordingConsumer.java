package org.viltzoom.kernel.outbox;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.viltzoom.kernel.event.DomainEvent;
import org.viltzoom.kernel.event.EventEnvelope;
import org.viltzoom.kernel.event.Topics;
import org.viltzoom.kernel.event.trainingevent.LearnerUnenrolled;
import org.viltzoom.kernel.inbox.InboxConsumers;

/** A test consumer whose effect is a row per applied domain event, written in the inbox transaction. */
@ApplicationScoped
public class RecordingConsumer {

    /** Events for this LMS user fail on every attempt. */
    public static final String ALWAYS_FAILING_USER = "U-always-failing";

    /** Runs, on the consumer's thread, before the effect of an event for this LMS user is written. */
    private static final Map<String, Runnable> BEFORE_EFFECT = new ConcurrentHashMap<>();

    @Inject
    InboxConsumers consumers;

    @Inject
    EntityManager entityManager;

    public static void beforeEffectOf(String lmsUserId, Runnable action) {
        BEFORE_EFFECT.put(lmsUserId, action);
    }

    void start(@Observes StartupEvent event) {
        consumers.subscribeToDomainEvents("recording", List.of(Topics.TRAINING_EVENT), this::apply);
    }

    private void apply(EventEnvelope<DomainEvent> envelope) {
        if (!(envelope.data() instanceof LearnerUnenrolled unenrolled)) {
            return;
        }
        if (ALWAYS_FAILING_USER.equals(unenrolled.lmsUserId())) {
            throw new IllegalStateException("simulated failure for " + unenrolled.lmsUserId());
        }
        Runnable action = BEFORE_EFFECT.remove(unenrolled.lmsUserId());
        if (action != null) {
            action.run();
        }
        entityManager.createNativeQuery("insert into test_effect (envelope_id, lms_user_id) values (:id, :user)")
                .setParameter("id", envelope.id())
                .setParameter("user", unenrolled.lmsUserId())
                .executeUpdate();
    }
}
