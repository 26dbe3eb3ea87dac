package org.viltzoom.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.viltzoom.account.application.port.in.ResolveWebhookSecrets;
import org.viltzoom.account.application.port.out.CredentialsRepository;
import org.viltzoom.account.application.port.out.ZoomAuthorization;

@ApplicationScoped
public class WebhookSecretResolver implements ResolveWebhookSecrets {

    @Inject
    ZoomAuthorization zoom;

    @Inject
    CredentialsRepository credentials;

    @Override
    @Transactional
    public Optional<String> secretTokenOf(String zoomAppId) {
        if (zoomAppId.equals(zoom.oauthClientId())) {
            return zoom.oauthWebhookSecretToken();
        }
        return credentials.findWebhookSecretOfApp(zoomAppId);
    }
}
