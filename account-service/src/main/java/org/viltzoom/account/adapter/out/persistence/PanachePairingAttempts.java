package org.viltzoom.account.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.viltzoom.account.application.port.out.PairingAttempt;
import org.viltzoom.account.application.port.out.PairingAttempts;
import org.viltzoom.kernel.domain.AccountId;

@ApplicationScoped
class PanachePairingAttempts implements PairingAttempts, PanacheRepositoryBase<PairingAttemptEntity, String> {

    @Override
    public void save(PairingAttempt attempt) {
        delete("expiresAt < ?1", attempt.expiresAt().minusSeconds(86_400));

        PairingAttemptEntity entity = new PairingAttemptEntity();
        entity.nonce = attempt.nonce();
        entity.accountId = attempt.accountId().value();
        entity.overwrite = attempt.overwrite();
        entity.expiresAt = attempt.expiresAt();
        persist(entity);
    }

    @Override
    public Optional<PairingAttempt> consume(String nonce, Instant now) {
        PairingAttemptEntity entity = findById(nonce, LockModeType.PESSIMISTIC_WRITE);
        if (entity == null || entity.usedAt != null || !entity.expiresAt.isAfter(now)) {
            return Optional.empty();
        }
        entity.usedAt = now;
        return Optional.of(new PairingAttempt(entity.nonce, new AccountId(entity.accountId), entity.overwrite,
                entity.expiresAt));
    }
}
