package org.viltzoom.account.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "pairing_attempt")
public class PairingAttemptEntity {

    @Id
    public String nonce;

    @Column(name = "account_id")
    public UUID accountId;

    public boolean overwrite;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;
}
