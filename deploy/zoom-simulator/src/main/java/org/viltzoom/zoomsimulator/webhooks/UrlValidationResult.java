package org.viltzoom.zoomsimulator.webhooks;

/** The outcome of an endpoint.url_validation challenge sent to an app's webhook URL. */
public record UrlValidationResult(
        boolean validated, int status, String plainToken, String expectedEncryptedToken, String responseBody, String error) {
}
