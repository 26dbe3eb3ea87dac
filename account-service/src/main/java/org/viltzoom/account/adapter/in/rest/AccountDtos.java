package org.viltzoom.account.adapter.in.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the account API. */
final class AccountDtos {

    private AccountDtos() {
    }

    @Schema(name = "AccountCreation")
    record CreateAccountRequest(
            @Schema(description = "Shown to administrators; 1 to 255 characters.", maxLength = 255) String name,
            @Schema(maxLength = 2000) String description) {
    }

    @Schema(name = "AccountUpdate")
    record UpdateAccountRequest(String name, String description) {
    }

    @Schema(name = "AccountLimits", description = "Each limit is off when null, otherwise 1 to 999.")
    record LimitsBody(Integer maxSessionsPerCourse, Integer maxSessionsPerAccount, Integer maxConcurrentRooms) {
    }

    @Schema(name = "AccountAdvancedSettings")
    record AdvancedSettingsBody(boolean mandatoryRegistration, boolean mandatoryAuthentication,
                                String authenticationOption) {
    }

    @Schema(name = "AccountTemplates")
    record TemplatesBody(Set<String> enabledTemplateIds, String defaultTemplateId) {
    }

    @Schema(name = "Account")
    record AccountResponse(
            UUID id,
            String platform,
            String name,
            String description,
            String status,
            String unpairReason,
            String zoomAccountId,
            String pairingMode,
            Instant pairedAt,
            UUID supersededByAccountId,
            String supersededByPlatform,
            LimitsBody limits,
            AdvancedSettingsBody advancedSettings,
            TemplatesBody templates,
            @Schema(description = "Scopes the Zoom app must add; empty when the tokens are complete.")
            Set<String> missingScopes,
            long version,
            Instant createdAt,
            Instant updatedAt) {
    }

    @Schema(name = "AccountPage")
    record AccountPage(List<AccountResponse> items, int page, int size, long total) {
    }

    @Schema(name = "OAuthPairingStart")
    record StartPairingRequest(
            @Schema(description = "Confirms that the pairing may take the Zoom account from another record.")
            boolean overwrite) {
    }

    @Schema(name = "OAuthPairingStarted")
    record PairingStarted(
            @Schema(description = "Send the administrator's browser here; the link works once and expires.")
            URI authorizeUrl) {
    }

    @Schema(name = "ServerToServerPairing")
    record ServerToServerRequest(
            @NotBlank @Size(max = 255) String zoomAccountId,
            @NotBlank @Size(max = 255) String clientId,
            @NotBlank @Size(max = 1000) String clientSecret,
            @NotBlank @Size(max = 1000) String webhookSecretToken,
            boolean overwrite) {

        @Override
        public String toString() {
            return "ServerToServerRequest[zoomAccountId=" + zoomAccountId + ", clientId=" + clientId + "]";
        }
    }

    @Schema(name = "ZoomTemplate")
    record TemplateResponse(String id, String name, int type, boolean enabled, boolean isDefault) {
    }

    @Schema(name = "AccessTokenRequest")
    record AccessTokenRequest(
            @Schema(description = "A token Zoom just rejected with 401 code 124; the broker replaces it.")
            String rejectedAccessToken) {

        @Override
        public String toString() {
            return "AccessTokenRequest[rejectedAccessToken=" + (rejectedAccessToken == null ? "none" : "***") + "]";
        }
    }

    @Schema(name = "AccessToken")
    record AccessTokenResponse(@NotNull UUID accountId, String platform, String zoomAccountId, String accessToken,
                               Instant expiresAt, Set<String> scopes, String apiBaseUrl) {

        @Override
        public String toString() {
            return "AccessTokenResponse[accountId=" + accountId + ", expiresAt=" + expiresAt + "]";
        }
    }

    @Schema(name = "WebhookSecret")
    record WebhookSecretResponse(String secretToken) {

        @Override
        public String toString() {
            return "WebhookSecretResponse[***]";
        }
    }
}
