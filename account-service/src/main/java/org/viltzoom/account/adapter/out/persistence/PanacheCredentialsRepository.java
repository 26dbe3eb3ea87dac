package org.viltzoom.account.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.viltzoom.account.adapter.out.crypto.AesGcmSecretCipher;
import org.viltzoom.account.application.port.out.CredentialsRepository;
import org.viltzoom.account.domain.ZoomCredentials;
import org.viltzoom.kernel.domain.AccountId;

@ApplicationScoped
class PanacheCredentialsRepository implements CredentialsRepository, PanacheRepositoryBase<CredentialsEntity, UUID> {

    @Inject
    AesGcmSecretCipher cipher;

    @Inject
    Clock clock;

    @Override
    public Optional<ZoomCredentials> find(AccountId id) {
        return findByIdOptional(id.value()).map(this::toDomain);
    }

    @Override
    public Optional<ZoomCredentials> findForUpdate(AccountId id) {
        return findByIdOptional(id.value(), LockModeType.PESSIMISTIC_WRITE).map(this::toDomain);
    }

    @Override
    public void save(ZoomCredentials credentials) {
        UUID id = credentials.accountId().value();
        String associatedData = id.toString();

        CredentialsEntity stored = findById(id);
        CredentialsEntity entity = stored == null ? new CredentialsEntity() : stored;
        entity.accountId = id;
        entity.refreshToken = cipher.encrypt(credentials.refreshToken(), associatedData);
        entity.accessToken = cipher.encrypt(credentials.accessToken(), associatedData);
        entity.accessTokenExpiresAt = credentials.accessTokenExpiresAt();
        entity.scopes = ScopeColumns.join(credentials.scopes());
        entity.apiBaseUrl = credentials.apiBaseUrl();
        entity.clientId = credentials.clientId();
        entity.clientSecret = cipher.encrypt(credentials.clientSecret(), associatedData);
        entity.webhookSecretToken = cipher.encrypt(credentials.webhookSecretToken(), associatedData);
        entity.updatedAt = clock.instant();
        if (stored == null) {
            persist(entity);
        }
    }

    @Override
    public void delete(AccountId id) {
        deleteById(id.value());
    }

    @Override
    public Optional<String> findWebhookSecretOfApp(String clientId) {
        return find("clientId = ?1 and webhookSecretToken is not null order by updatedAt desc", clientId)
                .firstResultOptional()
                .map(entity -> cipher.decrypt(entity.webhookSecretToken, entity.accountId.toString()));
    }

    private ZoomCredentials toDomain(CredentialsEntity entity) {
        String associatedData = entity.accountId.toString();
        return new ZoomCredentials(
                new AccountId(entity.accountId),
                cipher.decrypt(entity.refreshToken, associatedData),
                cipher.decrypt(entity.accessToken, associatedData),
                entity.accessTokenExpiresAt,
                ScopeColumns.split(entity.scopes),
                entity.apiBaseUrl,
                entity.clientId,
                cipher.decrypt(entity.clientSecret, associatedData),
                cipher.decrypt(entity.webhookSecretToken, associatedData));
    }
}
