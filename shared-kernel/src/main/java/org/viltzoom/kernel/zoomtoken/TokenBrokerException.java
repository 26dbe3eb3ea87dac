package org.viltzoom.kernel.zoomtoken;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** The token broker issued no token. Its message names the account and the broker's response, never a token. */
public class TokenBrokerException extends RuntimeException {

    private final UUID accountId;
    private final TokenBrokerFailure failure;
    private final String accountStatus;
    private final Set<String> missingScopes;
    private final Instant retryAfter;

    public TokenBrokerException(UUID accountId, TokenBrokerFailure failure, String message, String accountStatus,
                                Set<String> missingScopes, Instant retryAfter, Throwable cause) {
        super(message, cause);
        this.accountId = accountId;
        this.failure = failure;
        this.accountStatus = accountStatus;
        this.missingScopes = missingScopes == null ? Set.of() : Set.copyOf(missingScopes);
        this.retryAfter = retryAfter;
    }

    public UUID accountId() {
        return accountId;
    }

    public TokenBrokerFailure failure() {
        return failure;
    }

    /** Returns the account status the broker reported with {@link TokenBrokerFailure#ACCOUNT_NOT_PAIRED}, or null. */
    public String accountStatus() {
        return accountStatus;
    }

    /** Returns the scopes the broker reported with {@link TokenBrokerFailure#MISSING_SCOPES}; empty otherwise. */
    public Set<String> missingScopes() {
        return missingScopes;
    }

    /** When a retry may succeed, from the broker's {@code Retry-After}, or null. */
    public Instant retryAfter() {
        return retryAfter;
    }

    /** True when a later retry of the same request may succeed. */
    public boolean isTransient() {
        return failure == TokenBrokerFailure.ZOOM_UNAVAILABLE || failure == TokenBrokerFailure.BROKER_UNAVAILABLE;
    }
}
