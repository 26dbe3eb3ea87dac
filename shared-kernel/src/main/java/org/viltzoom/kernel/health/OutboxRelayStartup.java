package org.viltzoom.kernel.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;
import org.viltzoom.kernel.outbox.OutboxRelay;
import org.viltzoom.kernel.outbox.OutboxSettings;

/** The instance has started once its outbox relay runs, unless the relay is disabled here. */
@Startup
@ApplicationScoped
public class OutboxRelayStartup implements HealthCheck {

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxSettings settings;

    @Override
    public HealthCheckResponse call() {
        boolean started = !settings.relayEnabled() || relay.isRunning();
        return HealthCheckResponse.named("outbox-relay")
                .status(started)
                .withData("enabled", settings.relayEnabled())
                .build();
    }
}
