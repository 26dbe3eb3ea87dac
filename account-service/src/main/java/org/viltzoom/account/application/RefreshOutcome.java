package org.viltzoom.account.application;

import java.util.Set;
import org.viltzoom.account.application.port.out.ZoomAuthorizationException;
import org.viltzoom.account.domain.AccountStatus;
import org.viltzoom.account.domain.ZoomCredentials;

/**
 * What a refresh transaction decided. The refresh commits its outcome first and the broker
 * throws afterwards, because a rotated refresh token must be stored even when the new access
 * token is unusable.
 */
public sealed interface RefreshOutcome {

    record Refreshed(ZoomCredentials credentials) implements RefreshOutcome {
    }

    record NotPaired(AccountStatus status) implements RefreshOutcome {
    }

    record MissingScopes(Set<String> scopes) implements RefreshOutcome {
    }

    record Unavailable(ZoomAuthorizationException cause) implements RefreshOutcome {
    }
}
