package org.viltzoom.attendance.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.jboss.logging.Logger;
import org.viltzoom.attendance.application.port.in.AcceptZoomNotifications;
import org.viltzoom.attendance.application.port.out.NotificationLog;
import org.viltzoom.attendance.application.port.out.WebhookSecrets;

/**
 * Verifies a delivery before reading it: size, headers, timestamp window, then the signature
 * over the raw bytes, and only then the JSON. A signature that fails with the cached secret is
 * checked once more with a freshly resolved one, so a rotated secret takes effect at once for
 * signatures and URL validation alike.
 */
@ApplicationScoped
public class ZoomNotificationIntake implements AcceptZoomNotifications {

    static final String URL_VALIDATION = "endpoint.url_validation";

    private static final Logger LOG = Logger.getLogger(ZoomNotificationIntake.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    WebhookSecrets secrets;

    @Inject
    NotificationLog log;

    @Inject
    WebhookSettings settings;

    @Inject
    Clock clock;

    @Override
    public CompletionStage<Outcome> accept(String appId, String timestamp, String signature, byte[] body) {
        Instant receivedAt = clock.instant();

        if (body.length > settings.maxBodyBytes()) {
            return rejected(appId, Reason.BODY_TOO_LARGE);
        }
        if (timestamp == null || signature == null) {
            return rejected(appId, Reason.MISSING_SIGNATURE);
        }
        Optional<Instant> sent = epochSecondsOf(timestamp);
        if (sent.isEmpty()) {
            return rejected(appId, Reason.MALFORMED_TIMESTAMP);
        }
        if (Duration.between(sent.get(), receivedAt).abs().compareTo(settings.timestampTolerance()) > 0) {
            return rejected(appId, Reason.STALE_TIMESTAMP);
        }

        return secrets.secretTokenOf(appId, false).thenCompose(cached -> {
            if (cached.isEmpty()) {
                return CompletableFuture.completedFuture(new UnknownApp());
            }
            if (WebhookSignature.matches(cached.get(), timestamp, body, signature)) {
                return afterVerification(appId, cached.get(), body, receivedAt);
            }
            return secrets.secretTokenOf(appId, true).thenCompose(current -> {
                if (current.isPresent() && !current.equals(cached)
                        && WebhookSignature.matches(current.get(), timestamp, body, signature)) {
                    return afterVerification(appId, current.get(), body, receivedAt);
                }
                return rejected(appId, Reason.INVALID_SIGNATURE);
            });
        });
    }

    private CompletionStage<Outcome> afterVerification(String appId, String secretToken, byte[] body, Instant receivedAt) {
        JsonNode notification;
        try {
            notification = JSON.readTree(body);
        } catch (IOException e) {
            return rejected(appId, Reason.MALFORMED_BODY);
        }
        if (notification == null || !notification.isObject()) {
            return rejected(appId, Reason.MALFORMED_BODY);
        }

        String event = notification.path("event").asText("");
        if (URL_VALIDATION.equals(event)) {
            String plainToken = notification.path("payload").path("plainToken").asText("");
            if (plainToken.isEmpty()) {
                return rejected(appId, Reason.MALFORMED_BODY);
            }
            LOG.infof("Answered Zoom's URL validation app=%s", appId);
            return CompletableFuture.completedFuture(
                    new Validated(plainToken, WebhookSignature.encryptToken(secretToken, plainToken)));
        }

        String zoomAccountId = notification.path("payload").path("account_id").asText(null);
        return log.append(appId, zoomAccountId, body, receivedAt)
                .<Outcome>thenApply(stored -> new Stored())
                .exceptionally(failure -> {
                    LOG.warnf("Could not store Zoom notification event=%s app=%s zoomAccountId=%s; Zoom will retry: %s",
                            event, appId, zoomAccountId, failure.getMessage());
                    return new Unavailable(failure.getClass().getSimpleName());
                });
    }

    private static Optional<Instant> epochSecondsOf(String timestamp) {
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(timestamp.trim())));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static CompletionStage<Outcome> rejected(String appId, Reason reason) {
        LOG.debugf("Rejected a webhook delivery app=%s reason=%s", appId, reason);
        return CompletableFuture.completedFuture(new Rejected(reason));
    }
}
