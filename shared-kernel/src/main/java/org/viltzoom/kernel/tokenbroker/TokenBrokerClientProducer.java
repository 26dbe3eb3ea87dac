package org.viltzoom.kernel.tokenbroker;

import io.quarkus.oidc.client.OidcClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.jboss.logging.Logger;
import org.viltzoom.kernel.security.OidcServiceCredentials;
import org.viltzoom.kernel.zoomtoken.ServiceCredentials;
import org.viltzoom.kernel.zoomtoken.ZoomTokenBrokerClient;
import org.viltzoom.kernel.zoomtoken.ZoomTokenBrokerSettings;

/** Creates the token broker client for the services that call Zoom with account-service's tokens. */
@ApplicationScoped
public class TokenBrokerClientProducer {

    private static final Logger LOG = Logger.getLogger(TokenBrokerClientProducer.class);

    @Produces
    @ApplicationScoped
    ZoomTokenBrokerClient tokenBrokerClient(TokenBrokerSettings settings, Instance<OidcClient> oidcClient,
                                            Clock clock) {
        ServiceCredentials credentials;
        if (settings.serviceToken().isPresent()) {
            LOG.infof("Token broker url=%s authenticates with the configured service token", settings.url());
            credentials = ServiceCredentials.fixed(settings.serviceToken().get());
        } else {
            LOG.infof("Token broker url=%s authenticates with the OIDC client-credentials grant", settings.url());
            credentials = new OidcServiceCredentials(oidcClient.get(), settings.requestTimeout());
        }
        return new ZoomTokenBrokerClient(
                new ZoomTokenBrokerSettings(settings.url(), settings.refreshMargin(), settings.requestTimeout()),
                credentials, clock);
    }
}
