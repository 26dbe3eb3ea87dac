package org.viltzoom.kernel.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.viltzoom.kernel.inbox.InboxConsumers;

/**
 * Reports the instance as not live when a consumer loop died or stopped polling, so that
 * Kubernetes restarts it instead of letting domain events pile up unread.
 */
@Liveness
@ApplicationScoped
public class InboxConsumersLiveness implements HealthCheck {

    @Inject
    InboxConsumers consumers;

    @Override
    public HealthCheckResponse call() {
        List<String> stalled = consumers.stalledGroups(Instant.now());
        return HealthCheckResponse.named("inbox-consumers")
                .status(stalled.isEmpty())
                .withData("stalledGroups", String.join(",", stalled))
                .build();
    }
}
