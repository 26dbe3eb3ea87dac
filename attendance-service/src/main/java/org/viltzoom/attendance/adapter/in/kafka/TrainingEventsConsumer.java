package org.viltzoom.attendance.adapter.in.kafka;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.viltzoom.attendance.application.TrainingEventProjection;
import org.viltzoom.kernel.event.Topics;
import org.viltzoom.kernel.inbox.InboxConsumers;

/** Feeds event-service's training events and enrollments into the read model. */
@ApplicationScoped
class TrainingEventsConsumer {

    @Inject
    InboxConsumers consumers;

    @Inject
    TrainingEventProjection projection;

    void start(@Observes StartupEvent event) {
        consumers.subscribeToDomainEvents("training-events", List.of(Topics.TRAINING_EVENT), projection::apply);
    }
}
