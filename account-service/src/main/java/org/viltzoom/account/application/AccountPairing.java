package org.viltzoom.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import org.viltzoom.account.application.exception.AccountNotFoundException;
import org.viltzoom.account.application.exception.PairingConflictException;
import org.viltzoom.account.application.exception.PairingRejectedException;
import org.viltzoom.account.application.exception.ZoomUnavailableException;
import org.viltzoom.account.application.port.in.PairAccounts;
import org.viltzoom.account.application.port.out.AccountRepository;
import org.viltzoom.account.application.port.out.CredentialsRepository;
import org.viltzoom.account.application.port.out.DomainEvents;
import org.viltzoom.account.application.port.out.PairingAttempt;
import org.viltzoom.account.application.port.out.PairingAttempts;
import org.viltzoom.account.application.port.out.ZoomAccounts;
import org.viltzoom.account.application.port.out.ZoomAuthorization;
import org.viltzoom.account.application.port.out.ZoomAuthorizationException;
import org.viltzoom.account.domain.Account;
import org.viltzoom.account.domain.PairingMode;
import org.viltzoom.account.domain.TokenGrant;
import org.viltzoom.account.domain.UnpairReason;
import org.viltzoom.account.domain.ZoomCredentials;
import org.viltzoom.account.domain.ZoomPairing;
import org.viltzoom.account.domain.ZoomUserProfile;
import org.viltzoom.kernel.domain.AccountId;
import org.viltzoom.kernel.domain.PlatformId;

/**
 * OAuth and Server-to-Server pairing. Zoom is called before the database transaction, so no row
 * lock is held during a network round trip. The transaction then applies the pairing and its
 * domain events together.
 */
@ApplicationScoped
public class AccountPairing implements PairAccounts {

    private static final Logger LOG = Logger.getLogger(AccountPairing.class);

    @Inject
    AccountAdministration administration;

    @Inject
    AccountRepository accounts;

    @Inject
    CredentialsRepository credentials;

    @Inject
    PairingAttempts attempts;

    @Inject
    PairingStateCodec stateCodec;

    @Inject
    ZoomAuthorization zoomAuthorization;

    @Inject
    ZoomAccounts zoomAccounts;

    @Inject
    DomainEvents events;

    @Inject
    AccountSettings settings;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public URI startOAuthPairing(PlatformId platform, AccountId id, boolean overwrite) {
        administration.load(platform, id);

        String nonce = stateCodec.newNonce();
        Instant expiresAt = clock.instant().plus(settings.pairingTimeout());
        attempts.save(new PairingAttempt(nonce, id, overwrite, expiresAt));
        LOG.infof("Started OAuth pairing accountId=%s platform=%s overwrite=%s", id, platform, overwrite);
        return zoomAuthorization.authorizeUrl(stateCodec.sign(nonce));
    }

    @Override
    public Account completeOAuthPairing(String code, String state) {
        String nonce = stateCodec.verify(state).orElseThrow(() -> new PairingRejectedException("invalid-state",
                "the state parameter was not issued by this service; start the pairing again"));
        PairingAttempt attempt = consumeAttempt(nonce);
        if (code == null || code.isBlank()) {
            throw new PairingRejectedException("authorization-code-missing",
                    "Zoom's redirect carries no code; the administrator may have declined the consent");
        }

        TokenGrant grant = exchange(code);
        ZoomUserProfile user = zoomAccounts.currentUser(grant.accessToken(), grant.apiBaseUrl());
        if (!user.isOwnerOrAdmin()) {
            LOG.infof("Rejected OAuth pairing accountId=%s: Zoom user %s has role %s", attempt.accountId(),
                    user.id(), user.roleName());
            zoomAuthorization.revoke(grant.refreshToken());
            throw new PairingRejectedException("zoom-user-not-admin",
                    "the Zoom user who authorized the app has the role '" + user.roleName()
                            + "'; an owner or admin of the Zoom account must authorize it");
        }

        ZoomPairing pairing = new ZoomPairing(user.accountId(), PairingMode.OAUTH,
                zoomAuthorization.oauthClientId(), user.id(), clock.instant());
        return QuarkusTransactions.call(() -> applyPairing(attempt.accountId(), Optional.empty(), pairing,
                ZoomCredentials.forOAuth(attempt.accountId(), grant), missingScopes(grant), attempt.overwrite()));
    }

    @Override
    public Account pairServerToServer(PlatformId platform, AccountId id, ServerToServerCredentials entered,
                                      boolean overwrite) {
        QuarkusTransactions.call(() -> administration.load(platform, id));

        TokenGrant grant;
        try {
            grant = zoomAuthorization.accountCredentials(entered.zoomAccountId(), entered.clientId(), entered.clientSecret());
        } catch (ZoomAuthorizationException e) {
            throw rejectedOrUnavailable(e, "invalid-client-credentials",
                    "Zoom rejected the account id, client id or client secret of the Server-to-Server app");
        }
        zoomAccounts.checkAccess(grant.accessToken(), grant.apiBaseUrl());

        ZoomPairing pairing = new ZoomPairing(entered.zoomAccountId(), PairingMode.SERVER_TO_SERVER,
                entered.clientId(), null, clock.instant());
        ZoomCredentials stored = ZoomCredentials.forServerToServer(id, entered.clientId(), entered.clientSecret(),
                entered.webhookSecretToken(), grant);
        return QuarkusTransactions.call(() -> applyPairing(id, Optional.of(platform), pairing, stored,
                missingScopes(grant), overwrite));
    }

    @Override
    @Transactional
    public Account unpair(PlatformId platform, AccountId id) {
        Account account = accounts.findInPlatformForUpdate(id, platform).orElseThrow(() -> new AccountNotFoundException(id));
        Optional<ZoomCredentials> stored = credentials.find(id);

        if (account.unpair(UnpairReason.UNPAIRED_BY_ADMINISTRATOR, clock.instant())) {
            accounts.save(account);
            events.publish(platform, AccountEventFactory.unpaired(account, clock.instant()));
            LOG.infof("Unpaired accountId=%s platform=%s by an administrator", id, platform);
        }
        credentials.delete(id);
        stored.map(ZoomCredentials::refreshToken).ifPresent(zoomAuthorization::revoke);
        return account;
    }

    /**
     * Pairs the account. A token without every required scope still pairs it, so that the
     * account shows which scopes the Zoom app must add, but that token is not kept for use.
     */
    private Account applyPairing(AccountId id, Optional<PlatformId> platform, ZoomPairing pairing,
                                 ZoomCredentials newCredentials, Set<String> missingScopes, boolean overwrite) {
        Account account = (platform.isPresent()
                ? accounts.findInPlatformForUpdate(id, platform.get())
                : accounts.findForUpdate(id)).orElseThrow(() -> new AccountNotFoundException(id));

        Optional<Account> holder = accounts.findPairedByZoomAccount(pairing.zoomAccountId())
                .filter(other -> !other.id().equals(id))
                .flatMap(other -> accounts.findForUpdate(other.id()));
        if (holder.isPresent()) {
            Account loser = holder.get();
            if (!overwrite) {
                throw new PairingConflictException(pairing.zoomAccountId(), loser.platform(), loser.id(), loser.name());
            }
            loser.supersede(account.id(), account.platform(), clock.instant());
            accounts.save(loser);
            credentials.delete(loser.id());
            events.publish(loser.platform(), AccountEventFactory.superseded(loser, account, clock.instant()));
            LOG.infof("Superseded accountId=%s platform=%s: Zoom account %s moved to accountId=%s platform=%s",
                    loser.id(), loser.platform(), pairing.zoomAccountId(), account.id(), account.platform());
        }

        account.pair(pairing, clock.instant());
        account.recordMissingScopes(missingScopes, clock.instant());
        accounts.save(account);
        credentials.save(missingScopes.isEmpty() ? newCredentials : newCredentials.withoutAccessToken());
        if (!missingScopes.isEmpty()) {
            LOG.warnf("Zoom token of accountId=%s lacks scopes %s; add them to the Zoom app", id, missingScopes);
        }
        events.publish(account.platform(), AccountEventFactory.paired(account));
        LOG.infof("Paired accountId=%s platform=%s zoomAccountId=%s mode=%s", account.id(), account.platform(),
                pairing.zoomAccountId(), pairing.mode());
        return account;
    }

    private PairingAttempt consumeAttempt(String nonce) {
        return QuarkusTransactions.call(() -> attempts.consume(nonce, clock.instant()))
                .orElseThrow(() -> new PairingRejectedException("state-expired-or-used",
                        "this pairing link was already used or has expired; start the pairing again"));
    }

    private TokenGrant exchange(String code) {
        try {
            return zoomAuthorization.exchangeCode(code);
        } catch (ZoomAuthorizationException e) {
            throw rejectedOrUnavailable(e, "authorization-code-invalid",
                    "Zoom rejected the authorization code (expired, used or for another redirect URI); start the pairing again");
        }
    }

    private Set<String> missingScopes(TokenGrant grant) {
        Set<String> missing = new HashSet<>(settings.requiredScopes());
        missing.removeAll(grant.scopes());
        return missing;
    }

    private static RuntimeException rejectedOrUnavailable(ZoomAuthorizationException e, String code, String message) {
        return switch (e.kind()) {
            case INVALID_GRANT, INVALID_CLIENT -> new PairingRejectedException(code, message);
            case RATE_LIMITED, TRANSIENT -> new ZoomUnavailableException(
                    "Zoom's OAuth server is unavailable: " + e.getMessage(), e.retryAfter(), e);
        };
    }
}
