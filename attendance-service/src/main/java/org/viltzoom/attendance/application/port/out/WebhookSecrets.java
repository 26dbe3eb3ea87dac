package org.viltzoom.attendance.application.port.out;

import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** The secret tokens of Zoom apps, as account-service resolves them. */
public interface WebhookSecrets {

    /**
     * Returns the app's secret token, or empty for an unknown app.
     *
     * @param bypassCache read the current secret even if one is cached, after a secret rotation
     */
    CompletionStage<Optional<String>> secretTokenOf(String appId, boolean bypassCache);
}
