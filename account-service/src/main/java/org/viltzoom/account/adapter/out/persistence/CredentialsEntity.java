package org.viltzoom.account.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Zoom secrets of one account; every secret column contains AES-GCM ciphertext. */
@Entity
@Table(name = "zoom_credentials")
public class CredentialsEntity {

    @Id
    @Column(name = "account_id")
    public UUID accountId;

    @Column(name = "refresh_token")
    public String refreshToken;

    @Column(name = "access_token")
    public String accessToken;

    @Column(name = "access_token_expires_at")
    public Instant accessTokenExpiresAt;

    /** Space-separated, as OAuth writes scopes. */
    public String scopes;

    @Column(name = "api_base_url")
    public String apiBaseUrl;

    @Column(name = "client_id")
    public String clientId;

    @Column(name = "client_secret")
    public String clientSecret;

    @Column(name = "webhook_secret_token")
    public String webhookSecretToken;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
