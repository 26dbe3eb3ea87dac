package org.viltzoom.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.viltzoom.account.application.exception.AccountNotFoundException;
import org.viltzoom.account.application.exception.AccountNotPairedException;
import org.viltzoom.account.application.exception.MissingScopesException;
import org.viltzoom.account.application.exception.ZoomUnavailableException;
import org.viltzoom.account.application.port.in.BrokerZoomTokens;
import org.viltzoom.account.application.port.out.AccountRepository;
import org.viltzoom.account.application.port.out.CredentialsRepository;
import org.viltzoom.account.application.port.out.ZoomAuthorizationException;
import org.viltzoom.account.domain.Account;
import org.viltzoom.account.domain.ZoomCredentials;
import org.viltzoom.kernel.domain.AccountId;

@ApplicationScoped
public class ZoomTokenBroker implements BrokerZoomTokens {

    private final SingleFlight<AccountId, RefreshOutcome> refreshes = new SingleFlight<>();

    @Inject
    AccountRepository accounts;

    @Inject
    CredentialsRepository credentials;

    @Inject
    TokenRefresher refresher;

    @Override
    public AccessToken accessToken(AccountId id, String rejectedAccessToken) {
        Account account = QuarkusTransactions.call(() -> accounts.find(id))
                .orElseThrow(() -> new AccountNotFoundException(id));
        if (!account.isPaired()) {
            throw new AccountNotPairedException(id, account.status());
        }

        ZoomCredentials cached = QuarkusTransactions.call(() -> credentials.find(id)).orElse(null);
        if (cached != null && refresher.isUsable(cached, rejectedAccessToken)) {
            return view(account, cached);
        }

        RefreshOutcome outcome = refreshes.run(id, () -> refresher.refresh(id, rejectedAccessToken));
        if (outcome instanceof RefreshOutcome.Refreshed refreshed) {
            return view(account, refreshed.credentials());
        }
        if (outcome instanceof RefreshOutcome.NotPaired notPaired) {
            throw new AccountNotPairedException(id, notPaired.status());
        }
        if (outcome instanceof RefreshOutcome.MissingScopes missing) {
            throw new MissingScopesException(missing.scopes());
        }
        ZoomAuthorizationException cause = ((RefreshOutcome.Unavailable) outcome).cause();
        throw new ZoomUnavailableException("Zoom's OAuth server did not issue a token: " + cause.getMessage(),
                cause.retryAfter(), cause);
    }

    private static AccessToken view(Account account, ZoomCredentials credentials) {
        return new AccessToken(account.id(), account.platform().value(),
                account.pairing().orElseThrow().zoomAccountId(), credentials.accessToken(),
                credentials.accessTokenExpiresAt(), credentials.scopes(), credentials.apiBaseUrl());
    }
}
