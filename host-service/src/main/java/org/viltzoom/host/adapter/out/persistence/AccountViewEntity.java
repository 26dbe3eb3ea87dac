package org.viltzoom.host.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.viltzoom.host.domain.AccountStatus;

@Entity
@Table(name = "account_view")
public class AccountViewEntity {

    @Id
    @Column(name = "account_id")
    public UUID accountId;

    public String platform;

    @Column(name = "zoom_account_id")
    public String zoomAccountId;

    @Enumerated(EnumType.STRING)
    public AccountStatus status;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
