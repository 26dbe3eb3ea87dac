package org.viltzoom.account.application.port.out;

import java.util.Optional;
import org.viltzoom.account.domain.ZoomCredentials;
import org.viltzoom.kernel.domain.AccountId;

/** Stores Zoom secrets, encrypted at rest with the account id as associated data. */
public interface CredentialsRepository {

    Optional<ZoomCredentials> find(AccountId id);

    /**
     * Reads the credentials and locks them until the current transaction ends, so that one
     * refresh per account runs at a time across all replicas.
     */
    Optional<ZoomCredentials> findForUpdate(AccountId id);

    void save(ZoomCredentials credentials);

    void delete(AccountId id);

    /** The webhook secret token of a Server-to-Server app, by its client id. */
    Optional<String> findWebhookSecretOfApp(String clientId);
}
