package org.viltzoom.kernel.zoomtoken;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * Location of the token broker and the client's timing.
 *
 * @param brokerUrl account-service's root URL, for example {@code http://account-service:8081}
 * @param refreshMargin how long before {@code expiresAt} a cached token stops being used, so that
 *     a call never starts with a token that expires on the way
 * @param requestTimeout the limit for one broker request, connection included
 */
public record ZoomTokenBrokerSettings(URI brokerUrl, Duration refreshMargin, Duration requestTimeout) {

    public ZoomTokenBrokerSettings {
        Objects.requireNonNull(brokerUrl, "brokerUrl");
        Objects.requireNonNull(refreshMargin, "refreshMargin");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (refreshMargin.isNegative() || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("refreshMargin must not be negative and requestTimeout must be positive");
        }
    }

    /** Returns the token endpoint of one account. */
    URI accessTokenUri(UUID accountId) {
        String root = brokerUrl.toString().endsWith("/")
                ? brokerUrl.toString().substring(0, brokerUrl.toString().length() - 1)
                : brokerUrl.toString();
        return URI.create(root + "/internal/v1/accounts/" + accountId + "/access-token");
    }
}
