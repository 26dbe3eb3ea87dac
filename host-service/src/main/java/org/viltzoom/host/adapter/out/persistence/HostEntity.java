package org.viltzoom.host.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.viltzoom.host.domain.HostStatus;
import org.viltzoom.kernel.event.host.HostUnpairReason;

@Entity
@Table(name = "host")
public class HostEntity {

    @Id
    public UUID id;

    @Column(name = "account_id")
    public UUID accountId;

    public String platform;

    @Column(name = "lms_user_id")
    public String lmsUserId;

    public String email;

    @Column(name = "email_normalized")
    public String emailNormalized;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    @Enumerated(EnumType.STRING)
    public HostStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "unpair_reason")
    public HostUnpairReason unpairReason;

    @Column(name = "zoom_user_id")
    public String zoomUserId;

    @Column(name = "webinar_capable")
    public boolean webinarCapable;

    @Column(name = "last_checked_at")
    public Instant lastCheckedAt;

    @Column(name = "check_due_at")
    public Instant checkDueAt;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
