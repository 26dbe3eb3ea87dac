package org.viltzoom.account.adapter.out.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.viltzoom.account.domain.AccountStatus;
import org.viltzoom.account.domain.PairingMode;
import org.viltzoom.account.domain.UnpairReason;

@Entity
@Table(name = "account")
public class AccountEntity {

    @Id
    public UUID id;

    public String platform;
    public String name;
    public String description;

    @Enumerated(EnumType.STRING)
    public AccountStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "unpair_reason")
    public UnpairReason unpairReason;

    @Column(name = "zoom_account_id")
    public String zoomAccountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "pairing_mode")
    public PairingMode pairingMode;

    @Column(name = "zoom_app_client_id")
    public String zoomAppClientId;

    @Column(name = "authorized_by_zoom_user_id")
    public String authorizedByZoomUserId;

    @Column(name = "paired_at")
    public Instant pairedAt;

    @Column(name = "superseded_by_account_id")
    public UUID supersededByAccountId;

    @Column(name = "superseded_by_platform")
    public String supersededByPlatform;

    @Column(name = "max_sessions_per_course")
    public Integer maxSessionsPerCourse;

    @Column(name = "max_sessions_per_account")
    public Integer maxSessionsPerAccount;

    @Column(name = "max_concurrent_rooms")
    public Integer maxConcurrentRooms;

    @Column(name = "mandatory_registration")
    public boolean mandatoryRegistration;

    @Column(name = "mandatory_authentication")
    public boolean mandatoryAuthentication;

    @Column(name = "authentication_option")
    public String authenticationOption;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_template", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "template_id")
    public Set<String> enabledTemplateIds = new HashSet<>();

    @Column(name = "default_template_id")
    public String defaultTemplateId;

    /** Space-separated, as OAuth writes scopes. */
    @Column(name = "missing_scopes")
    public String missingScopes;

    /** The aggregate's version, the ETag of the REST API; writers lock the row before comparing it. */
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
