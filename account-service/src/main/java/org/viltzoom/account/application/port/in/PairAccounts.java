package org.viltzoom.account.application.port.in;

import java.net.URI;
import org.viltzoom.account.domain.Account;
import org.viltzoom.kernel.domain.AccountId;
import org.viltzoom.kernel.domain.PlatformId;

/** Connecting account records to Zoom accounts and disconnecting them. */
public interface PairAccounts {

    /** Server-to-Server credentials as the administrator entered them. {@code toString} hides the secrets. */
    record ServerToServerCredentials(String zoomAccountId, String clientId, String clientSecret,
                                     String webhookSecretToken) {

        @Override
        public String toString() {
            return "ServerToServerCredentials[zoomAccountId=" + zoomAccountId + ", clientId=" + clientId + "]";
        }
    }

    /**
     * Starts an OAuth pairing and returns Zoom's authorize URL with a signed, single-use state.
     *
     * @param overwrite the administrator confirms that the pairing may supersede another record
     */
    URI startOAuthPairing(PlatformId platform, AccountId id, boolean overwrite);

    /** Finishes an OAuth pairing with the code and state of Zoom's redirect. */
    Account completeOAuthPairing(String code, String state);

    Account pairServerToServer(PlatformId platform, AccountId id, ServerToServerCredentials credentials,
                               boolean overwrite);

    Account unpair(PlatformId platform, AccountId id);
}
