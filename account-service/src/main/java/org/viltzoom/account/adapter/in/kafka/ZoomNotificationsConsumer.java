package org.viltzoom.account.adapter.in.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import org.viltzoom.account.application.port.in.HandleZoomAppEvents;
import org.viltzoom.kernel.event.Topics;
import org.viltzoom.kernel.event.ZoomNotifications;
import org.viltzoom.kernel.inbox.InboundMessage;
import org.viltzoom.kernel.inbox.InboxConsumers;
import org.viltzoom.kernel.inbox.PoisonMessageException;

/**
 * Takes {@code app_deauthorized} from the verified Zoom notifications; other types belong to
 * other services.
 */
@ApplicationScoped
class ZoomNotificationsConsumer {

    static final String APP_DEAUTHORIZED = "app_deauthorized";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    InboxConsumers consumers;

    @Inject
    HandleZoomAppEvents appEvents;

    void start(@Observes StartupEvent event) {
        consumers.subscribe("zoom-notifications", List.of(Topics.ZOOM_NOTIFICATIONS),
                (key, value) -> ZoomNotifications.contentId(value), this::apply);
    }

    void apply(InboundMessage message) {
        JsonNode notification;
        try {
            notification = JSON.readTree(message.value());
        } catch (IOException e) {
            throw new PoisonMessageException("Zoom notification is not valid JSON", e);
        }
        if (!APP_DEAUTHORIZED.equals(notification.path("event").asText())) {
            return;
        }

        JsonNode payload = notification.path("payload");
        String zoomAccountId = payload.path("account_id").asText("");
        String clientId = payload.path("client_id").asText("");
        if (zoomAccountId.isBlank() || clientId.isBlank()) {
            throw new PoisonMessageException("app_deauthorized lacks payload.account_id or payload.client_id");
        }
        appEvents.appDeauthorized(zoomAccountId, clientId);
    }
}
