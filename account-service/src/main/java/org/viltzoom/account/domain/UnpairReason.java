package org.viltzoom.account.domain;

/** Why an account record lost its Zoom connection. */
public enum UnpairReason {
    APP_REMOVED,
    TOKEN_REVOKED,
    ADMIN_RIGHTS_LOST,
    UNPAIRED_BY_ADMINISTRATOR
}
