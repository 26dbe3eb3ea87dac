package org.viltzoom.account.adapter.out.persistence;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Stores sets of OAuth scopes space-separated, as OAuth itself writes them. */
final class ScopeColumns {

    private ScopeColumns() {
    }

    static String join(Set<String> scopes) {
        return scopes == null ? "" : String.join(" ", new TreeSet<>(scopes));
    }

    static Set<String> split(String scopes) {
        if (scopes == null || scopes.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(scopes.trim().split("\\s+")).collect(Collectors.toSet());
    }
}
