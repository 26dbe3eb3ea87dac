package org.viltzoom.account.application.exception;

import java.util.Set;
import java.util.TreeSet;

/** Zoom issued a token without scopes the suite needs; the Zoom app's scopes must be extended. */
public class MissingScopesException extends RuntimeException {

    private final Set<String> missingScopes;

    public MissingScopesException(Set<String> missingScopes) {
        super("the Zoom token lacks the scopes " + new TreeSet<>(missingScopes)
                + "; add them to the Zoom app and authorize it again");
        this.missingScopes = Set.copyOf(missingScopes);
    }

    public Set<String> missingScopes() {
        return missingScopes;
    }
}
