package org.viltzoom.attendance;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.viltzoom.kernel.testing.TokenBrokerStandIn;
import org.viltzoom.kernel.testing.ZoomSimulatorTestResource;
import org.viltzoom.localstack.LocalStackTestResource;

/**
 * Starts the kernel's stand-in for account-service's token broker, which issues real tokens of
 * the Zoom simulator, and makes the reconciliation fast enough for tests: the first attempt at
 * once, then backoffs of a fraction of a second. Use it with {@link ZoomSimulatorTestResource}.
 */
public class TokenBrokerTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String SERVICE_TOKEN =
            LocalStackTestResource.issuer().tokenWithoutPlatform("attendance-service", "vilt-service");
    public static final int MAX_ATTEMPTS = 8;

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
                "vilt.reconciliation.first-delay", "0s",
                "vilt.reconciliation.first-backoff", "300ms",
                "vilt.reconciliation.max-backoff", "1s",
                "vilt.reconciliation.max-attempts", Integer.toString(MAX_ATTEMPTS),
                "vilt.reconciliation.poll-interval", "0.5s",
                "vilt.reconciliation.poll-delay", "0s");
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }
}
