package org.viltzoom.host.domain;

import java.util.Objects;

/**
 * Zoom's response to a user lookup by email, reduced to what matters for pairing.
 *
 * @param user the user when {@code outcome} is {@link Outcome#FOUND}, otherwise null
 */
public record ZoomUserLookup(Outcome outcome, ZoomUser user) {

    /** The kinds of response, each from an HTTP status and Zoom error code. */
    public enum Outcome {
        /** 200 with the user. */
        FOUND,
        /** 404 (Zoom code 1001): no Zoom user has this email. */
        NOT_FOUND,
        /** 400 code 1010: the user belongs to another Zoom account. */
        NOT_IN_ACCOUNT,
        /** 403, or a token without the scope to read users: the paired user cannot see the account's users. */
        NO_VISIBILITY
    }

    public ZoomUserLookup {
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == Outcome.FOUND) != (user != null)) {
            throw new IllegalArgumentException("a user is given exactly when the outcome is FOUND");
        }
    }

    public static ZoomUserLookup found(ZoomUser user) {
        return new ZoomUserLookup(Outcome.FOUND, user);
    }

    public static ZoomUserLookup of(Outcome outcome) {
        return new ZoomUserLookup(outcome, null);
    }
}
