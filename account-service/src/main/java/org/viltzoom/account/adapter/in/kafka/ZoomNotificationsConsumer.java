package org.viltzoom.account.adapter.in.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import org.viltzoom.account.application.port.in.HandleZoomAppEvents;
import org.viltzoom.kernel.inbox.InboxConsumers;
import org.viltzoom.kernel.inbox.PoisonMessageException;

/** Takes {@code app_deauthorized} from the verified Zoom notifications. */
@ApplicationScoped
class ZoomNotificationsConsumer {

    static final String APP_DEAUTHORIZED = "app_deauthorized";

    @Inject
    InboxConsumers consumers;

    @Inject
    HandleZoomAppEvents appEvents;

    void start(@Observes StartupEvent event) {
        consumers.subscribeToZoomNotifications("zoom-notifications", Set.of(APP_DEAUTHORIZED), this::apply);
    }

    void apply(String event, JsonNode notification) {
        JsonNode payload = notification.path("payload");
        String zoomAccountId = payload.path("account_id").asText("");
        String clientId = payload.path("client_id").asText("");
        if (zoomAccountId.isBlank() || clientId.isBlank()) {
            throw new PoisonMessageException("app_deauthorized lacks payload.account_id or payload.client_id");
        }
        appEvents.appDeauthorized(zoomAccountId, clientId);
    }
}
