package org.viltzoom.kernel.event.account;

/** Why an account record lost its connection to Zoom. */
public enum UnpairReason {
    /** Zoom sent {@code app_deauthorized}: the app was removed from the Zoom account. */
    APP_REMOVED,
    /** A token refresh failed with {@code invalid_grant}, or Zoom reported the token as revoked. */
    TOKEN_REVOKED,
    /** The authorizing Zoom user is no longer an owner or admin of the Zoom account. */
    ADMIN_RIGHTS_LOST,
    /** An administrator unpaired the account through the API. */
    UNPAIRED_BY_ADMINISTRATOR
}
