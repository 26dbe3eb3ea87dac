package org.viltzoom.host.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.viltzoom.kernel.testing.TokenBrokerStandIn;
import org.viltzoom.kernel.testing.ZoomSimulatorTestResource;
import org.viltzoom.localstack.LocalStackTestResource;

/**
 * Starts what host-service talks to besides PostgreSQL, Kafka and Zoom: a stand-in for
 * account-service's token broker, because account-service cannot run in this test JVM, and a
 * relay that puts the simulator's notifications on Kafka as attendance-service would. The
 * broker stand-in implements the broker's HTTP contract and issues real simulator tokens.
 */
public class HostTestResources implements QuarkusTestResourceLifecycleManager {

    /** The service token host-service sends to the broker, signed by the tests' OIDC issuer. */
    public static final String SERVICE_TOKEN =
            LocalStackTestResource.issuer().tokenWithoutPlatform("host-service", "vilt-service");

    private static TokenBrokerStandIn broker;
    private static NotificationRelay relay;

    public static TokenBrokerStandIn broker() {
        return broker;
    }

    public static NotificationRelay relay() {
        return relay;
    }

    @Override
    public Map<String, String> start() {
        broker = TokenBrokerStandIn.start(() -> ZoomSimulatorTestResource.simulator().baseUrl(), SERVICE_TOKEN);
        relay = NotificationRelay.start();
        return Map.of(
                "vilt.token-broker.url", broker.baseUrl().toString(),
                "vilt.token-broker.service-token", SERVICE_TOKEN,
                "vilt.host.resync-poll-interval", "1s",
                "vilt.host.resync-poll-delay", "1s",
                "vilt.host.resync-call-interval", "5ms",
                "vilt.host.zoom-api.initial-backoff", "100ms",
                "vilt.host.zoom-api.max-backoff", "1s",
                "vilt.outbox.poll-interval", "200ms");
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
        if (relay != null) {
            relay.close();
            relay = null;
        }
    }
}
