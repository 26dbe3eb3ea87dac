package org.viltzoom.account.application.port.in;

import java.util.Optional;

/** The secret token that signs the webhooks of a Zoom app. */
public interface ResolveWebhookSecrets {

    /** Looks up the deployment's OAuth app or a paired Server-to-Server app by its client id. */
    Optional<String> secretTokenOf(String zoomAppId);
}
