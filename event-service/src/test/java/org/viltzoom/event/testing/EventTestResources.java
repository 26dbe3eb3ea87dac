package org.viltzoom.event.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.viltzoom.kernel.testing.TokenBrokerStandIn;
import org.viltzoom.kernel.testing.ZoomSimulatorTestResource;
import org.viltzoom.localstack.LocalStackTestResource;

/**
 * Starts a stand-in for account-service's token broker, because account-service cannot run in
 * this test JVM. It issues real simulator tokens through the Server-to-Server app of
 * {@link ZoomWorld}. Queues are driven by the tests, so the scheduled job polls rarely.
 */
public class EventTestResources implements QuarkusTestResourceLifecycleManager {

    public static final String SERVICE_TOKEN =
            LocalStackTestResource.issuer().tokenWithoutPlatform("event-service", "vilt-service");

    private static TokenBrokerStandIn broker;

    public static TokenBrokerStandIn broker() {
        return broker;
    }

    @Override
    public Map<String, String> start() {
        broker = TokenBrokerStandIn.start(() -> ZoomSimulatorTestResource.simulator().baseUrl(), SERVICE_TOKEN);
        return Map.of(
                "vilt.token-broker.url", broker.baseUrl().toString(),
                "vilt.token-broker.service-token", SERVICE_TOKEN,
                "vilt.outbox.poll-interval", "200ms",
                "vilt.event.queue-poll-interval", "1h",
                "vilt.event.deletion-retry-delay", "1s",
                "vilt.event.zoom-api.initial-backoff", "50ms",
                "vilt.event.zoom-api.max-backoff", "500ms",
                "vilt.event.zoom-api.retry-budget", "3s");
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }
}
