package org.viltzoom.kernel.inbox;

import com.fasterxml.jackson.databind.JsonNode;

/** Applies one verified Zoom notification, inside the inbox transaction. */
@FunctionalInterface
public interface ZoomNotificationHandler {

    /**
     * Applies the notification.
     *
     * @param event Zoom's {@code event}, for example {@code user.deactivated}
     * @param notification the whole body as Zoom sent it
     */
    void handle(String event, JsonNode notification) throws Exception;
}
