package org.viltzoom.event.adapter.out.zoom;

import io.quarkus.oidc.client.OidcClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.viltzoom.kernel.security.OidcServiceCredentials;
import org.viltzoom.kernel.zoomtoken.ServiceCredentials;
import org.viltzoom.kernel.zoomtoken.ZoomTokenBrokerClient;
import org.viltzoom.kernel.zoomtoken.ZoomTokenBrokerSettings;

/** Creates the kernel's token broker client with event-service's configuration. */
class TokenBrokerClientProducer {

    @Produces
    @ApplicationScoped
    ZoomTokenBrokerClient tokenBrokerClient(TokenBrokerSettings settings, Instance<OidcClient> oidcClient, Clock clock) {
        ServiceCredentials credentials = settings.serviceToken().isPresent()
                ? ServiceCredentials.fixed(settings.serviceToken().get())
                : new OidcServiceCredentials(oidcClient.get(), settings.requestTimeout());
        return new ZoomTokenBrokerClient(
                new ZoomTokenBrokerSettings(settings.url(), settings.refreshMargin(), settings.requestTimeout()),
                credentials, clock);
    }
}
