package org.viltzoom.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import org.viltzoom.account.application.port.out.AccountRepository;
import org.viltzoom.account.application.port.out.CredentialsRepository;
import org.viltzoom.account.application.port.out.DomainEvents;
import org.viltzoom.account.application.port.out.ZoomAuthorization;
import org.viltzoom.account.application.port.out.ZoomAuthorizationException;
import org.viltzoom.account.domain.Account;
import org.viltzoom.account.domain.AccountStatus;
import org.viltzoom.account.domain.PairingMode;
import org.viltzoom.account.domain.TokenGrant;
import org.viltzoom.account.domain.UnpairReason;
import org.viltzoom.account.domain.ZoomCredentials;
import org.viltzoom.kernel.domain.AccountId;

/**
 * Gets a new access token while holding the row lock of the account's credentials, so that one
 * refresh per account runs at a time across replicas. Zoom rotates the refresh token on every
 * use and rejects the old one, so two concurrent refreshes would unpair the account.
 */
@ApplicationScoped
public class TokenRefresher {

    private static final Logger LOG = Logger.getLogger(TokenRefresher.class);

    @Inject
    AccountRepository accounts;

    @Inject
    CredentialsRepository credentials;

    @Inject
    ZoomAuthorization zoom;

    @Inject
    DomainEvents events;

    @Inject
    AccountSettings settings;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RefreshOutcome refresh(AccountId id, String rejectedAccessToken) {
        Optional<Account> account = accounts.findForUpdate(id);
        if (account.isEmpty() || !account.get().isPaired()) {
            return new RefreshOutcome.NotPaired(account.map(Account::status).orElse(AccountStatus.PAIRING_REQUIRED));
        }
        Optional<ZoomCredentials> locked = credentials.findForUpdate(id);
        if (locked.isEmpty()) {
            return new RefreshOutcome.NotPaired(AccountStatus.PAIRING_REQUIRED);
        }

        ZoomCredentials current = locked.get();
        if (isUsable(current, rejectedAccessToken)) {
            return new RefreshOutcome.Refreshed(current);
        }

        TokenGrant grant;
        try {
            grant = requestToken(current);
        } catch (ZoomAuthorizationException e) {
            return onRefusal(account.get(), e);
        }

        Set<String> missing = new HashSet<>(settings.requiredScopes());
        missing.removeAll(grant.scopes());
        account.get().recordMissingScopes(missing, clock.instant());
        accounts.save(account.get());
        if (!missing.isEmpty()) {
            credentials.save(current.withGrant(grant).withoutAccessToken());
            LOG.warnf("Zoom token of accountId=%s lacks scopes %s; not cached", id, missing);
            return new RefreshOutcome.MissingScopes(missing);
        }

        ZoomCredentials refreshed = current.withGrant(grant);
        credentials.save(refreshed);
        LOG.infof("Refreshed Zoom access token accountId=%s expiresAt=%s", id, refreshed.accessTokenExpiresAt());
        return new RefreshOutcome.Refreshed(refreshed);
    }

    public boolean isUsable(ZoomCredentials credentials, String rejectedAccessToken) {
        return credentials.hasAccessTokenValidFor(settings.tokenRefreshMargin(), clock.instant())
                && !Objects.equals(credentials.accessToken(), rejectedAccessToken);
    }

    /**
     * Requests a new token. A refresh whose response was lost may still have rotated the token in
     * Zoom, so it is retried
     * once with the same refresh token: either Zoom had not seen it, or Zoom returns
     * {@code invalid_grant} and the pairing is lost, which no further retry can repair.
     */
    private TokenGrant requestToken(ZoomCredentials current) {
        if (current.mode() == PairingMode.SERVER_TO_SERVER) {
            Account account = accounts.find(current.accountId()).orElseThrow();
            return zoom.accountCredentials(account.pairing().orElseThrow().zoomAccountId(),
                    current.clientId(), current.clientSecret());
        }
        try {
            return zoom.refresh(current.refreshToken());
        } catch (ZoomAuthorizationException e) {
            if (e.kind() != ZoomAuthorizationException.Kind.TRANSIENT) {
                throw e;
            }
            LOG.warnf("Refreshing the Zoom token of accountId=%s got no answer (%s); retrying once",
                    current.accountId(), e.getMessage());
            return zoom.refresh(current.refreshToken());
        }
    }

    private RefreshOutcome onRefusal(Account account, ZoomAuthorizationException e) {
        switch (e.kind()) {
            case INVALID_GRANT, INVALID_CLIENT -> {
                account.unpair(UnpairReason.TOKEN_REVOKED, clock.instant());
                accounts.save(account);
                credentials.delete(account.id());
                events.publish(account.platform(), AccountEventFactory.unpaired(account, clock.instant()));
                LOG.warnf("Unpaired accountId=%s platform=%s: Zoom refused its credentials (%s, Zoom code %s)",
                        account.id(), account.platform(), e.kind(), e.zoomCode());
                return new RefreshOutcome.NotPaired(AccountStatus.UNPAIRED);
            }
            default -> {
                LOG.warnf("Zoom token request for accountId=%s failed: %s", account.id(), e.getMessage());
                return new RefreshOutcome.Unavailable(e);
            }
        }
    }
}
