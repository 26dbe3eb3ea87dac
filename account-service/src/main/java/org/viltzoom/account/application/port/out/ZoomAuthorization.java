package org.viltzoom.account.application.port.out;

import java.net.URI;
import java.util.Optional;
import org.viltzoom.account.domain.TokenGrant;

/** Zoom's OAuth server. Every method throws {@link ZoomAuthorizationException} when Zoom refuses. */
public interface ZoomAuthorization {

    /** The OAuth app's client id; the app's webhooks carry notifications of OAuth-paired accounts. */
    String oauthClientId();

    /** The secret token that signs the OAuth app's webhooks, if configured. */
    Optional<String> oauthWebhookSecretToken();

    URI authorizeUrl(String state);

    TokenGrant exchangeCode(String code);

    /** Uses a refresh token. Zoom rotates it: after this call only the returned one is valid. */
    TokenGrant refresh(String refreshToken);

    TokenGrant accountCredentials(String zoomAccountId, String clientId, String clientSecret);

    /** Revokes an OAuth token of the deployment's app; failures are logged, not thrown. */
    void revoke(String token);
}
