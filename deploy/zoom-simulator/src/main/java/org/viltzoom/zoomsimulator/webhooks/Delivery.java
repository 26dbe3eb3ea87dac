package org.viltzoom.zoomsimulator.webhooks;

import java.time.Instant;

/**
 * One delivery attempt of a notification, sent at {@code at} on the simulator clock; notification
 * ids grow in the order of sending. {@code status} is the HTTP status, or 0 when the
 * endpoint did not respond in time or the connection failed.
 */
public record Delivery(
        long notificationId, String appId, String event, int attempt, Instant at, String trackingId,
        int status, String error, String body) {

    /** Zoom counts 200 and 204 as delivered (Zoom docs: Webhooks > Notification delivery). */
    public boolean delivered() {
        return status == 200 || status == 204;
    }
}
