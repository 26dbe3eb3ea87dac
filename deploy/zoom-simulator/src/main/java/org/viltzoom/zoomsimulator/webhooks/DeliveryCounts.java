package org.viltzoom.zoomsimulator.webhooks;

/**
 * @param attempts delivery attempts made since the log was last cleared
 * @param delivered attempts that the endpoint acknowledged with 200 or 204
 * @param inProgress attempts queued or in flight; retries still waiting for the clock are not counted
 */
public record DeliveryCounts(long attempts, long delivered, int inProgress) {
}
