package org.viltzoom.zoomsimulator.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.viltzoom.zoomsimulator.http.ZoomApiException;
import org.viltzoom.zoomsimulator.state.OAuthApp;
import org.viltzoom.zoomsimulator.state.SimState;
import org.viltzoom.zoomsimulator.state.User;

/** Authorization codes, access tokens and refresh tokens. Callers hold the simulator's lock. */
public class TokenStore {

    private final SimState state;
    private final Clock clock;
    public final TokenLifetimes lifetimes = new TokenLifetimes();

    private final Map<String, AuthorizationCode> codes = new LinkedHashMap<>();
    private final Map<String, TokenGrant> accessTokens = new LinkedHashMap<>();
    private final Map<String, RefreshGrant> refreshTokens = new LinkedHashMap<>();

    public TokenStore(SimState state, Clock clock) {
        this.state = state;
        this.clock = clock;
    }

    public AuthorizationCode issueCode(OAuthApp app, User user, String redirectUri, String codeChallenge) {
        String code = state.newSecret(16);
        AuthorizationCode issued = new AuthorizationCode(
                code, app.id, user.id, redirectUri, codeChallenge, clock.instant().plus(lifetimes.authorizationCode));
        codes.put(code, issued);
        return issued;
    }

    /**
     * Exchanges a code for tokens. Re-authorizing the same app for the same user revokes the
     * tokens issued before (Zoom docs: OAuth > Using OAuth 2.0, refresh token section).
     */
    public TokenPair exchangeCode(OAuthApp app, String code, String redirectUri, String codeVerifier) {
        AuthorizationCode issued = codes.remove(code);
        if (issued == null || !issued.appId().equals(app.id)) {
            throw OAuthError.invalidCode();
        }
        if (!clock.instant().isBefore(issued.expiresAt())) {
            throw OAuthError.codeExpired();
        }
        if (!Objects.equals(issued.redirectUri(), redirectUri)) {
            throw OAuthError.redirectUriMismatch();
        }
        if (issued.codeChallenge() != null && !issued.codeChallenge().equals(s256(codeVerifier))) {
            throw new OAuthError(400, 4734, "invalid_grant", "Invalid code_verifier");
        }

        User user = state.users.get(issued.userId());
        if (user == null) {
            throw OAuthError.invalidCode();
        }
        revokeAll(app.id, user.accountId, user.id);
        markInstalled(app, user.accountId);
        return issuePair(app, user.accountId, user.id, scopesOf(app));
    }

    /**
     * Rotates a refresh token: the new pair replaces it, and the old one is rejected from then
     * on (Zoom docs: OAuth > Refreshing an access token).
     */
    public TokenPair refresh(OAuthApp app, String refreshToken) {
        RefreshGrant grant = refreshTokens.get(refreshToken);
        if (grant == null || !grant.appId.equals(app.id)) {
            throw OAuthError.invalidRefreshToken();
        }
        if (grant.state == RefreshGrant.State.REVOKED) {
            throw OAuthError.tokenRevoked();
        }
        if (grant.state == RefreshGrant.State.USED || !clock.instant().isBefore(grant.expiresAt)) {
            throw OAuthError.invalidRefreshToken();
        }

        grant.state = RefreshGrant.State.USED;
        return issuePair(app, grant.accountId, grant.userId, grant.scopes);
    }

    /** Issues a Server-to-Server token (grant type account_credentials), without a refresh token. */
    public TokenPair accountCredentials(OAuthApp app, String accountId) {
        if (app.kind != OAuthApp.Kind.SERVER_TO_SERVER) {
            throw OAuthError.unsupportedGrant("account_credentials");
        }
        if (!Objects.equals(app.accountId, accountId)) {
            throw new OAuthError(400, 4700, "invalid_request", "Invalid account_id: " + accountId);
        }
        if (lifetimes.serverToServerSingleToken) {
            revokeAll(app.id, accountId, null);
        }
        markInstalled(app, accountId);
        TokenGrant access = newAccessToken(app.id, accountId, null, scopesOf(app));
        return new TokenPair(access, null);
    }

    /** Returns the grant of a valid access token, or throws Zoom's 401 code 124. */
    public TokenGrant authenticate(String accessToken) {
        TokenGrant grant = accessToken == null ? null : accessTokens.get(accessToken);
        if (grant == null || grant.revoked) {
            throw new ZoomApiException(401, 124, "Invalid access token.");
        }
        if (!grant.isValidAt(clock.instant())) {
            throw new ZoomApiException(401, 124, "Access token is expired.");
        }
        return grant;
    }

    /** Revokes the token and every token of the same app and user (POST /oauth/revoke). */
    public boolean revoke(OAuthApp app, String token) {
        TokenGrant access = accessTokens.get(token);
        if (access != null && access.appId.equals(app.id)) {
            revokeAll(app.id, access.accountId, access.userId);
            return true;
        }
        RefreshGrant refresh = refreshTokens.get(token);
        if (refresh != null && refresh.appId.equals(app.id)) {
            revokeAll(app.id, refresh.accountId, refresh.userId);
            return true;
        }
        return false;
    }

    /**
     * Revokes the tokens of an app for an account; a null userId matches every user, a null
     * appId every app.
     */
    public int revokeAll(String appId, String accountId, String userId) {
        int count = 0;
        for (TokenGrant grant : accessTokens.values()) {
            if (matches(grant.appId, grant.accountId, grant.userId, appId, accountId, userId) && !grant.revoked) {
                grant.revoked = true;
                count++;
            }
        }
        for (RefreshGrant grant : refreshTokens.values()) {
            if (matches(grant.appId, grant.accountId, grant.userId, appId, accountId, userId)
                    && grant.state == RefreshGrant.State.ACTIVE) {
                grant.state = RefreshGrant.State.REVOKED;
                count++;
            }
        }
        return count;
    }

    public List<TokenGrant> accessTokens() {
        return List.copyOf(accessTokens.values());
    }

    public void clear() {
        codes.clear();
        accessTokens.clear();
        refreshTokens.clear();
    }

    private static boolean matches(String grantApp, String grantAccount, String grantUser,
                                   String appId, String accountId, String userId) {
        return (appId == null || appId.equals(grantApp))
                && (accountId == null || accountId.equals(grantAccount))
                && (userId == null || userId.equals(grantUser));
    }

    private static List<String> scopesOf(OAuthApp app) {
        return app.scopes.isEmpty() ? Scopes.DEFAULT : app.scopes;
    }

    private void markInstalled(OAuthApp app, String accountId) {
        if (!app.installedAccounts.contains(accountId)) {
            app.installedAccounts.add(accountId);
        }
    }

    private TokenPair issuePair(OAuthApp app, String accountId, String userId, List<String> scopes) {
        TokenGrant access = newAccessToken(app.id, accountId, userId, scopes);
        RefreshGrant refresh = new RefreshGrant(
                "sim-rt-" + state.newSecret(24), app.id, accountId, userId, scopes,
                clock.instant().plus(lifetimes.refreshToken));
        refreshTokens.put(refresh.token, refresh);
        return new TokenPair(access, refresh);
    }

    private TokenGrant newAccessToken(String appId, String accountId, String userId, List<String> scopes) {
        Instant expiresAt = clock.instant().plus(lifetimes.accessToken);
        TokenGrant access = new TokenGrant("sim-at-" + state.newSecret(24), appId, accountId, userId, scopes, expiresAt);
        accessTokens.put(access.token, access);
        return access;
    }

    /** PKCE S256: base64url(SHA-256(verifier)) without padding (RFC 7636). */
    private static String s256(String verifier) {
        if (verifier == null) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
