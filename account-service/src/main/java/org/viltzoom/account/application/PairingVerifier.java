package org.viltzoom.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;
import org.viltzoom.account.application.exception.AccountNotPairedException;
import org.viltzoom.account.application.exception.MissingScopesException;
import org.viltzoom.account.application.exception.ZoomUnavailableException;
import org.viltzoom.account.application.port.in.BrokerZoomTokens;
import org.viltzoom.account.application.port.in.VerifyPairings;
import org.viltzoom.account.application.port.out.AccountRepository;
import org.viltzoom.account.application.port.out.CredentialsRepository;
import org.viltzoom.account.application.port.out.DomainEvents;
import org.viltzoom.account.application.port.out.ZoomAccounts;
import org.viltzoom.account.domain.Account;
import org.viltzoom.account.domain.UnpairReason;
import org.viltzoom.account.domain.ZoomPairing;
import org.viltzoom.account.domain.ZoomUserProfile;
import org.viltzoom.kernel.domain.AccountId;
import org.viltzoom.kernel.zoom.ZoomApiException;
import org.viltzoom.kernel.zoom.ZoomErrorCategory;

/**
 * Catches what Zoom does not notify: a revoked app or token, or an authorizing user who lost
 * owner or admin rights. Transient failures leave the pairing as it is.
 */
@ApplicationScoped
public class PairingVerifier implements VerifyPairings {

    private static final Logger LOG = Logger.getLogger(PairingVerifier.class);

    @Inject
    AccountRepository accounts;

    @Inject
    CredentialsRepository credentials;

    @Inject
    BrokerZoomTokens tokens;

    @Inject
    ZoomAccounts zoom;

    @Inject
    DomainEvents events;

    @Inject
    Clock clock;

    @Override
    public int verifyAll() {
        List<AccountId> paired = QuarkusTransactions.call(accounts::findAllPaired);
        int lost = 0;
        for (AccountId id : paired) {
            if (!verify(id)) {
                lost++;
            }
        }
        LOG.infof("Checked %d paired accounts; %d lost their pairing", paired.size(), lost);
        return lost;
    }

    /** Returns false when the account lost its pairing. */
    boolean verify(AccountId id) {
        try {
            BrokerZoomTokens.AccessToken token = tokens.accessToken(id, null);
            try {
                return check(id, token);
            } catch (ZoomApiException e) {
                if (e.category() != ZoomErrorCategory.UNAUTHORIZED) {
                    throw e;
                }
                // Zoom rejected a token that looked valid: get a new one, and only if Zoom
                // rejects that too is the pairing lost.
                return check(id, tokens.accessToken(id, token.accessToken()));
            }
        } catch (AccountNotPairedException e) {
            return false;
        } catch (ZoomApiException e) {
            if (e.category() == ZoomErrorCategory.UNAUTHORIZED) {
                unpair(id, UnpairReason.TOKEN_REVOKED);
                return false;
            }
            LOG.warnf("Checking the pairing of accountId=%s failed: %s", id, e.getMessage());
            return true;
        } catch (MissingScopesException | ZoomUnavailableException e) {
            LOG.warnf("Checking the pairing of accountId=%s failed: %s", id, e.getMessage());
            return true;
        }
    }

    private boolean check(AccountId id, BrokerZoomTokens.AccessToken token) {
        ZoomPairing pairing = QuarkusTransactions.call(() -> accounts.find(id)).orElseThrow().pairing().orElseThrow();
        if (pairing.authorizedByZoomUserId() == null) {
            zoom.checkAccess(token.accessToken(), token.apiBaseUrl());
            return true;
        }
        ZoomUserProfile user = zoom.currentUser(token.accessToken(), token.apiBaseUrl());
        if (!user.isOwnerOrAdmin()) {
            unpair(id, UnpairReason.ADMIN_RIGHTS_LOST);
            return false;
        }
        return true;
    }

    private void unpair(AccountId id, UnpairReason reason) {
        QuarkusTransactions.call(() -> {
            Account account = accounts.findForUpdate(id).orElseThrow();
            if (account.unpair(reason, clock.instant())) {
                accounts.save(account);
                credentials.delete(id);
                events.publish(account.platform(), AccountEventFactory.unpaired(account, clock.instant()));
                LOG.warnf("Unpaired accountId=%s platform=%s: %s", id, account.platform(), reason);
            }
            return null;
        });
    }
}
