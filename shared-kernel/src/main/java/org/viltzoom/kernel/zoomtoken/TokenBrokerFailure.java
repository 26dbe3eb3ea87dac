package org.viltzoom.kernel.zoomtoken;

/** The reason the token broker issued no token, from its problem code and HTTP status. */
public enum TokenBrokerFailure {
    /** 404 {@code account-not-found}: the broker has no such account. */
    ACCOUNT_NOT_FOUND,
    /** 409 {@code account-not-paired}: the account has no Zoom connection now. */
    ACCOUNT_NOT_PAIRED,
    /** 409 {@code missing-scopes}: the Zoom app lacks scopes that the suite needs. */
    MISSING_SCOPES,
    /** 503 {@code zoom-unavailable}: Zoom's OAuth server did not respond, so retry after the hint. */
    ZOOM_UNAVAILABLE,
    /** 401 or 403: the broker rejected this service's credentials. */
    CREDENTIALS_REJECTED,
    /** No response, or a response outside the contract, so retry with backoff. */
    BROKER_UNAVAILABLE
}
