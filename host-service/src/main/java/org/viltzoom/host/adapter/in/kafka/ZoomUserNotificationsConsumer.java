package org.viltzoom.host.adapter.in.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import org.viltzoom.host.application.port.in.HandleZoomUserEvents;
import org.viltzoom.kernel.domain.EmailAddress;
import org.viltzoom.kernel.inbox.InboxConsumers;
import org.viltzoom.kernel.inbox.PoisonMessageException;

/**
 * Takes the {@code user.*} notifications that change pairing from the verified Zoom
 * notifications. Body shapes follow {@code @zoom/rivet} 0.4.0 (UserActivatedEvent,
 * UserDeactivatedEvent, UserDeletedEvent, UserDisassociatedEvent, UserUpdatedEvent).
 */
@ApplicationScoped
class ZoomUserNotificationsConsumer {

    static final String ACTIVATED = "user.activated";
    static final String DEACTIVATED = "user.deactivated";
    static final String DELETED = "user.deleted";
    static final String DISASSOCIATED = "user.disassociated";
    static final String UPDATED = "user.updated";

    @Inject
    InboxConsumers consumers;

    @Inject
    HandleZoomUserEvents users;

    void start(@Observes StartupEvent event) {
        consumers.subscribeToZoomNotifications("zoom-notifications",
                Set.of(ACTIVATED, DEACTIVATED, DELETED, DISASSOCIATED, UPDATED), this::apply);
    }

    void apply(String event, JsonNode notification) {
        JsonNode payload = notification.path("payload");
        String zoomAccountId = payload.path("account_id").asText("");
        String zoomUserId = payload.path("object").path("id").asText("");
        if (zoomAccountId.isBlank() || zoomUserId.isBlank()) {
            throw new PoisonMessageException(event + " lacks payload.account_id or payload.object.id");
        }

        if (ACTIVATED.equals(event)) {
            users.activated(zoomAccountId, zoomUserId);
        } else if (UPDATED.equals(event)) {
            users.updated(zoomAccountId, zoomUserId, email(payload.path("object")), email(payload.path("old_object")));
        } else {
            // user.deactivated, user.deleted and user.disassociated all end the user's hosting.
            users.deactivated(zoomAccountId, zoomUserId);
        }
    }

    /** Returns the object's email, or null when the notification has none or it is not an address. */
    private static EmailAddress email(JsonNode object) {
        try {
            return EmailAddress.ofNullable(object.path("email").asText(null));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
